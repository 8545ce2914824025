package org.crewtraining.readmodels;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

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

  /**
   * What an account bound to these partners sees: the programmes with at least one of them among
   * their partners, and only those programmes' enrollments and applications, so every report folded
   * from it counts nothing else. A programme not created yet has no partners and is left out.
   */
  public ReportingState ofPartners(Collection<String> partners) {
    Map<String, ProgramState> visible =
        programs.entrySet().stream()
            .filter(p -> p.getValue().catalogue().partners().stream().anyMatch(partners::contains))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new ReportingState(
        visible,
        enrollments.entrySet().stream()
            .filter(e -> visible.containsKey(e.getValue().programId()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        applications.entrySet().stream()
            .filter(a -> visible.containsKey(a.getValue().programId()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }
}
