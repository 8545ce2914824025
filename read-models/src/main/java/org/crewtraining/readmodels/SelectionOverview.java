package org.crewtraining.readmodels;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applications and selection over every programme: {@link SelectionFigures} of all applications
 * (rates and times derived from all of them, not averaged over programmes) and each programme that
 * selects by application or has applications, by programme id.
 */
public record SelectionOverview(SelectionFigures overall, List<ProgramSelection> programs) {

  /** From every programme's state and every application. */
  public static SelectionOverview of(
      Collection<ProgramState> programs, Collection<ApplicationState> applications) {
    Map<String, List<ApplicationState>> byProgram =
        applications.stream().collect(Collectors.groupingBy(ApplicationState::programId));
    List<ProgramSelection> rows =
        programs.stream()
            .sorted(java.util.Comparator.comparing(ProgramState::programId))
            .map(p -> ProgramSelection.of(p, byProgram.getOrDefault(p.programId(), List.of())))
            .filter(ProgramSelection::reported)
            .toList();
    return new SelectionOverview(SelectionFigures.of(applications), rows);
  }
}
