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
        .allow("GET /participants/{participantId}", REGISTRAR)
        .allow("GET /participants/{participantId}/enrollments", REGISTRAR)
        .allow("GET /programs/{programId}", REGISTRAR, PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/enrollments", REGISTRAR)
        .allow("GET /programs/{programId}/roster", REGISTRAR)
        .allow("GET /programs/{programId}/waitlist", REGISTRAR)
        .allow("GET /enrollments/{enrollmentId}", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/withdrawal", REGISTRAR)
        .allow("POST /enrollments/{enrollmentId}/progress", REGISTRAR)
        .allow("PUT /enrollments/{enrollmentId}/completion", REGISTRAR)
        .allow("GET /api/certificates", REGISTRAR)
        .allow("POST /api/certificates/{certificateId}/verification-code", REGISTRAR)
        .allow("GET /api/certificates/{certificateId}/open-badge", REGISTRAR)
        .allow("POST /api/certificates/{certificateId}/revocation", PROGRAM_ADMIN)
        // Verification needs no account (the holder's name needs the holder's code).
        .open("GET /api/public/certificates/{certificateId}")
        .open("GET /api/public/certificates/{certificateId}/open-badge")
        .open("GET /api/public/certificates/jwks.json")
        .verify(context, port());
  }
}
