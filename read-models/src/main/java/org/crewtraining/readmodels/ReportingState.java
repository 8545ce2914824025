package org.crewtraining.readmodels;

import java.util.Map;

/** The whole folded read model: every programme and every enrollment, by id. */
public record ReportingState(
    Map<String, ProgramState> programs, Map<String, EnrollmentState> enrollments) {

  public ReportingState {
    programs = Map.copyOf(programs);
    enrollments = Map.copyOf(enrollments);
  }
}
