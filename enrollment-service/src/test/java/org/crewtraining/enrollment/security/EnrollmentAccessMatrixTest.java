package org.crewtraining.enrollment.security;

import static org.crewtraining.support.security.CrewRole.PROGRAM_ADMIN;
import static org.crewtraining.support.security.CrewRole.REGISTRAR;

import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.support.testing.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every endpoint of enrollment-service × anonymous and each local user (README, Access control).
 */
class EnrollmentAccessMatrixTest extends EnrollmentIntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEachRoleAsThePolicySays() {
    AccessMatrix.of("enrollment-service")
        .sharedEndpoints()
        .allow("POST /participants", REGISTRAR)
        .allow("POST /participants/search", REGISTRAR)
        .allow("GET /participants/{participantId}", REGISTRAR)
        .allow("GET /participants/{participantId}/enrollments", REGISTRAR)
        .allow("GET /participants/{participantId}/consents", REGISTRAR)
        .allow("POST /participants/{participantId}/consents", REGISTRAR)
        .allow("POST /participants/{participantId}/consents/{purpose}/withdrawal", REGISTRAR)
        .allow("POST /participants/{participantId}/erasure", REGISTRAR)
        .allow("GET /participants/retention-due", REGISTRAR)
        .allow("GET /participants/{participantId}/export", REGISTRAR)
        .allow("GET /programs/{programId}", REGISTRAR, PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/enrollments", REGISTRAR)
        .allow("POST /programs/{programId}/applications", REGISTRAR)
        .allow("GET /programs/{programId}/applications", REGISTRAR)
        .allow("GET /applications/{applicationId}", REGISTRAR)
        .allow("POST /applications/{applicationId}/withdrawal", REGISTRAR)
        .allow("PUT /applications/{applicationId}/review", REGISTRAR)
        .allow("POST /programs/{programId}/selection-runs", REGISTRAR)
        .allow("GET /programs/{programId}/selection-runs/{selectionId}", REGISTRAR)
        .allow("POST /programs/{programId}/selection-runs/{selectionId}/confirmation", REGISTRAR)
        .allow("GET /programs/{programId}/roster", REGISTRAR)
        .allow("GET /programs/{programId}/waitlist", REGISTRAR)
        .allow("GET /enrollments/{enrollmentId}", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/withdrawal", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/progress", REGISTRAR)
        .allow("PUT /enrollments/{enrollmentId}/completion", REGISTRAR)
        .allow("GET /programs/{programId}/sessions/{sessionId}/attendance", REGISTRAR)
        .allow("POST /programs/{programId}/sessions/{sessionId}/attendance", REGISTRAR)
        .allow("GET /enrollments/{enrollmentId}/attendance", REGISTRAR)
        // PROGRAM_ADMIN too: after the close only they may (AttendanceRulesTest, the state check)
        .allow("PUT /enrollments/{enrollmentId}/attendance/{sessionId}", REGISTRAR, PROGRAM_ADMIN)
        .allow("PUT /enrollments/{enrollmentId}/assessment", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/completion/evaluation", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/completion/override", REGISTRAR)
        .allow("GET /certificates", REGISTRAR)
        .allow("POST /certificates/{certificateId}/verification-code", REGISTRAR)
        .allow("GET /certificates/{certificateId}/open-badge", REGISTRAR)
        .allow("POST /certificates/{certificateId}/revocation", PROGRAM_ADMIN)
        // Verification needs no account (the holder's name needs the holder's code).
        .open("GET /public/certificates/{certificateId}")
        .open("GET /public/certificates/{certificateId}/open-badge")
        .open("GET /public/certificates/jwks.json")
        // Applicants have no account: the offer's code in the body is the credential.
        .open("POST /public/offers/{applicationId}/acceptance")
        .open("POST /public/offers/{applicationId}/decline")
        .verify(context, port());
  }
}
