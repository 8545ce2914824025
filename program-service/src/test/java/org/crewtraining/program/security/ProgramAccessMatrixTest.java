package org.crewtraining.program.security;

import static org.crewtraining.support.security.CrewRole.PROGRAM_ADMIN;

import org.crewtraining.program.ProgramServiceIntegrationTest;
import org.crewtraining.support.testing.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every endpoint of program-service × anonymous and each local user (README, Access control). */
class ProgramAccessMatrixTest extends ProgramServiceIntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEachRoleAsThePolicySays() {
    AccessMatrix.of("program-service")
        .sharedEndpoints()
        .anyRole("GET /programs")
        .anyRole("GET /programs/{programId}")
        .allow("POST /programs", PROGRAM_ADMIN)
        .allow("PUT /programs/{programId}/schedule", PROGRAM_ADMIN)
        .allow("PUT /programs/{programId}/capacity", PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/publish", PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/cancel", PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/close", PROGRAM_ADMIN)
        .anyRole("GET /programs/{programId}/sessions")
        .anyRole("GET /programs/{programId}/sessions/{sessionId}")
        .allow("POST /programs/{programId}/sessions", PROGRAM_ADMIN)
        .allow("PUT /programs/{programId}/sessions/{sessionId}", PROGRAM_ADMIN)
        .allow("POST /programs/{programId}/sessions/{sessionId}/cancel", PROGRAM_ADMIN)
        .anyRole("GET /programs/{programId}/completion-rule")
        .allow("PUT /programs/{programId}/completion-rule", PROGRAM_ADMIN)
        .anyRole("GET /programs/{programId}/admission")
        .allow("PUT /programs/{programId}/admission", PROGRAM_ADMIN)
        .verify(context, port());
  }
}
