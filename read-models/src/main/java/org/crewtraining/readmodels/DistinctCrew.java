package org.crewtraining.readmodels;

import java.util.HashSet;
import java.util.Set;

/**
 * Distinct people over a period and filters, e.g. "2,787 crew 2022–2024": a participant who returns
 * in several years or programmes counts once, which summing per-year rollups cannot do.
 *
 * @param participants distinct participant ids with at least one matching enrollment that ever held
 *     a seat (confirmed directly or promoted; the {@code enrolled} of {@link Figures}, the {@code
 *     crew} of {@link RollupRow}): waitlist-only crew are not counted, crew who withdrew after
 *     taking a seat are
 * @param completers distinct participant ids with at least one matching enrollment whose current
 *     outcome is COMPLETED (an override to NOT_COMPLETED takes it back); every completer is a
 *     participant
 */
public record DistinctCrew(CrewFilter filter, long participants, long completers) {

  public static DistinctCrew of(ReportingState state, CrewFilter filter) {
    Set<String> participants = new HashSet<>();
    Set<String> completers = new HashSet<>();
    for (EnrollmentState e : state.enrollments().values()) {
      ProgramState program = state.programs().get(e.programId());
      if (!filter.matches(program == null ? ProgramState.stub(e.programId()) : program, e)) {
        continue;
      }
      EnrollmentFigures figures = EnrollmentFigures.of(e);
      if (figures.crewMember() != null) {
        participants.add(figures.crewMember());
      }
      if (figures.completed() == 1) {
        completers.add(e.participantId());
      }
    }
    return new DistinctCrew(filter, participants.size(), completers.size());
  }
}
