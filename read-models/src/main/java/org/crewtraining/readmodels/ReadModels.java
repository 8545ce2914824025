package org.crewtraining.readmodels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The read models as pure functions of the folded state. The SQL queries compute the same values;
 * integration tests hold the two against each other.
 */
public final class ReadModels {

  private ReadModels() {}

  public static Figures figuresOf(Collection<EnrollmentState> enrollments) {
    long enrolled = 0;
    long promoted = 0;
    long[] byStatus = new long[EnrollmentStatus.values().length];
    double hours = 0;
    for (EnrollmentState e : enrollments) {
      enrolled += e.everConfirmed() ? 1 : 0;
      promoted += e.promoted() ? 1 : 0;
      byStatus[e.status().ordinal()]++;
      hours += e.hours();
    }
    return Figures.of(
        enrolled,
        byStatus[EnrollmentStatus.CONFIRMED.ordinal()],
        byStatus[EnrollmentStatus.WAITLISTED.ordinal()],
        byStatus[EnrollmentStatus.WITHDRAWN.ordinal()],
        byStatus[EnrollmentStatus.CANCELLED.ordinal()],
        byStatus[EnrollmentStatus.COMPLETED.ordinal()],
        byStatus[EnrollmentStatus.NOT_COMPLETED.ordinal()],
        promoted,
        hours);
  }

  public static Figures overall(ReportingState state) {
    return figuresOf(state.enrollments().values());
  }

  /** Every programme, ordered by id. */
  public static List<ProgramSummary> programs(ReportingState state) {
    var byProgram =
        state.enrollments().values().stream()
            .collect(Collectors.groupingBy(EnrollmentState::programId));
    return state.programs().values().stream()
        .sorted(Comparator.comparing(ProgramState::programId))
        .map(p -> ProgramSummary.of(p, figuresOf(byProgram.getOrDefault(p.programId(), List.of()))))
        .toList();
  }

  /** One row per group, ordered by key. */
  public static List<RollupRow> rollup(ReportingState state, Dimension dimension) {
    TreeMap<String, Group> groups = new TreeMap<>();
    if (dimension == Dimension.PARTICIPANT_TYPE) {
      for (EnrollmentState e : state.enrollments().values()) {
        String key = e.participantType() == null ? "UNKNOWN" : e.participantType();
        Group group = groups.computeIfAbsent(key, k -> new Group());
        group.programmes.add(e.programId());
        group.enrollments.add(e);
      }
    } else {
      var byProgram =
          state.enrollments().values().stream()
              .collect(Collectors.groupingBy(EnrollmentState::programId));
      for (ProgramState p : state.programs().values()) {
        if (!p.created()) {
          continue; // a stub has no attributes to group by yet
        }
        for (String key : keys(p, dimension)) {
          Group group = groups.computeIfAbsent(key, k -> new Group());
          group.programmes.add(p.programId());
          group.enrollments.addAll(byProgram.getOrDefault(p.programId(), List.of()));
        }
      }
    }
    List<RollupRow> rows = new ArrayList<>();
    groups.forEach((key, group) -> rows.add(group.row(dimension, key)));
    return rows;
  }

  public static Optional<Transcript> transcript(ReportingState state, String participantId) {
    List<Transcript.Entry> entries =
        state.enrollments().values().stream()
            .filter(e -> e.participantId().equals(participantId))
            .sorted(
                Comparator.comparing(EnrollmentState::programId)
                    .thenComparing(EnrollmentState::enrollmentId))
            .map(e -> entry(e, state.programs().get(e.programId())))
            .toList();
    return entries.isEmpty() ? Optional.empty() : Optional.of(transcriptOf(participantId, entries));
  }

  public static Transcript transcriptOf(String participantId, List<Transcript.Entry> entries) {
    long completed = entries.stream().filter(e -> e.status() == EnrollmentStatus.COMPLETED).count();
    double hours = entries.stream().mapToDouble(Transcript.Entry::hours).sum();
    return new Transcript(participantId, entries, completed, Figures.round2(hours));
  }

  private static Transcript.Entry entry(EnrollmentState e, ProgramState p) {
    ProgramState program = p == null ? ProgramState.stub(e.programId()) : p;
    return new Transcript.Entry(
        e.enrollmentId(),
        e.programId(),
        program.title(),
        program.format(),
        program.track(),
        program.cohortYear(),
        e.status(),
        e.hours(),
        e.completionDate(),
        e.certificateId());
  }

  private static List<String> keys(ProgramState p, Dimension dimension) {
    return switch (dimension) {
      case PARTNER -> p.partners().stream().distinct().toList();
      case COHORT_YEAR -> List.of(String.valueOf(p.cohortYear()));
      case FORMAT -> List.of(p.format());
      case TRACK -> List.of(p.track());
      case PARTICIPANT_TYPE -> throw new IllegalArgumentException("grouped by enrollment");
    };
  }

  private static final class Group {
    final Set<String> programmes = new HashSet<>();
    final List<EnrollmentState> enrollments = new ArrayList<>();

    RollupRow row(Dimension dimension, String key) {
      Figures f = figuresOf(enrollments);
      long crew =
          enrollments.stream()
              .filter(EnrollmentState::everConfirmed)
              .map(EnrollmentState::participantId)
              .distinct()
              .count();
      return RollupRow.of(
          dimension,
          key,
          programmes.size(),
          crew,
          f.enrolled(),
          f.completed(),
          f.notCompleted(),
          f.trainingHours());
    }
  }
}
