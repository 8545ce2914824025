package org.crewtraining.readmodels;

import java.util.Map;

/** The whole folded read model: every programme, enrollment and application, by id. */
public record ReportingState(
    Map<String, ProgramState> programs,
    Map<String, EnrollmentState> enrollments,
    Map<String, ApplicationState> applications) {

  public ReportingState {
    programs = Map.copyOf(programs);
    enrollments = Map.copyOf(enrollments);
    applications = Map.copyOf(applications);
  }
}
