package org.crewtraining.readmodels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The read models as pure functions of the folded state. Every figure is a sum of {@link
 * EnrollmentFigures}; reporting-service's queries sum the same values, stored with each enrollment.
 */
public final class ReadModels {

  private ReadModels() {}

  public static Figures figuresOf(Collection<EnrollmentState> enrollments) {
    return Figures.sum(enrollments.stream().map(EnrollmentFigures::of).toList());
  }

  /** What each enrollment counts for, by enrollment id: what reporting-service stores and sums. */
  public static Map<String, EnrollmentFigures> enrollmentFigures(ReportingState state) {
    Map<String, EnrollmentFigures> figures = new TreeMap<>();
    state.enrollments().forEach((id, e) -> figures.put(id, EnrollmentFigures.of(e)));
    return figures;
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

  /** One programme's attendance, if the programme is known. */
  public static Optional<ProgramAttendance> attendance(ReportingState state, String programId) {
    ProgramState program = state.programs().get(programId);
    return program == null
        ? Optional.empty()
        : Optional.of(ProgramAttendance.of(program, state.enrollments().values()));
  }

  /** Attendance over every programme, ordered by programme id. */
  public static AttendanceOverview attendance(ReportingState state) {
    var byProgram =
        state.enrollments().values().stream()
            .collect(Collectors.groupingBy(EnrollmentState::programId));
    return AttendanceOverview.of(
        state.programs().values().stream()
            .sorted(Comparator.comparing(ProgramState::programId))
            .map(p -> ProgramAttendance.of(p, byProgram.getOrDefault(p.programId(), List.of())))
            .toList());
  }

  /** One programme's applications and selection, if the programme is known. */
  public static Optional<ProgramSelection> selection(ReportingState state, String programId) {
    ProgramState program = state.programs().get(programId);
    return program == null
        ? Optional.empty()
        : Optional.of(ProgramSelection.of(program, state.applications().values()));
  }

  /** Applications and selection over every programme. */
  public static SelectionOverview selection(ReportingState state) {
    return SelectionOverview.of(state.programs().values(), state.applications().values());
  }

  /** One row per group, ordered by key. */
  public static List<RollupRow> rollup(ReportingState state, Dimension dimension) {
    TreeMap<String, Group> groups = new TreeMap<>();
    if (dimension == Dimension.PARTICIPANT_TYPE) {
      for (EnrollmentState e : state.enrollments().values()) {
        String type = e.participant().participantType();
        String key = type == null ? "UNKNOWN" : type;
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
    List<EnrollmentState> enrollments =
        state.enrollments().values().stream()
            .filter(e -> e.participantId().equals(participantId))
            .sorted(
                Comparator.comparing(EnrollmentState::programId)
                    .thenComparing(EnrollmentState::enrollmentId))
            .toList();
    return transcript(participantId, enrollments, state.programs());
  }

  /**
   * The transcript of one participant's enrollments, in the given order, with the programmes they
   * belong to (a programme not in the map shows without title); empty if there are none.
   */
  public static Optional<Transcript> transcript(
      String participantId, List<EnrollmentState> enrollments, Map<String, ProgramState> programs) {
    if (enrollments.isEmpty()) {
      return Optional.empty();
    }
    List<Transcript.Entry> entries =
        enrollments.stream().map(e -> entry(e, programs.get(e.programId()))).toList();
    Figures figures = figuresOf(enrollments);
    return Optional.of(
        new Transcript(participantId, entries, figures.completed(), figures.trainingHours()));
  }

  private static Transcript.Entry entry(EnrollmentState e, ProgramState p) {
    ProgramState program = p == null ? ProgramState.stub(e.programId()) : p;
    return new Transcript.Entry(
        e.enrollmentId(),
        e.programId(),
        program.catalogue().title(),
        program.catalogue().format(),
        program.catalogue().track(),
        program.catalogue().cohortYear(),
        e.standing().status(),
        e.hours(),
        e.outcome().completionDate(),
        e.certificateId());
  }

  private static List<String> keys(ProgramState p, Dimension dimension) {
    return switch (dimension) {
      case PARTNER -> p.catalogue().partners().stream().distinct().toList();
      case COHORT_YEAR -> List.of(String.valueOf(p.catalogue().cohortYear()));
      case FORMAT -> List.of(p.catalogue().format());
      case TRACK -> List.of(p.catalogue().track());
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
              .map(e -> EnrollmentFigures.of(e).crewMember())
              .filter(Objects::nonNull)
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
