package org.crewtraining.faults.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test's own fold of the log, deliberately not the read-models module: distinct events (the
 * first record of each event id), applied in log order, into the status of every enrollment and
 * then counts per programme. Also the most seats a programme ever had taken at once, in the order
 * the enrollment-service committed them (one programme = one partition).
 */
public final class IndependentFold {

  private record Enrollment(
      String programId, String status, boolean everConfirmed, boolean promoted) {}

  public record Result(
      Map<String, ProgrammeFigures> figures,
      Map<String, String> programStatus,
      Map<String, Integer> capacity,
      Map<String, Integer> peakSeats,
      long distinctEvents,
      Set<String> duplicatedEventIds,
      long duplicateRecords) {

    public ProgrammeFigures of(String programId) {
      return figures.getOrDefault(programId, ProgrammeFigures.NONE);
    }
  }

  private IndependentFold() {}

  public static Result of(List<LoggedEvent> log) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    long duplicateRecords = 0;
    Map<String, Enrollment> enrollments = new HashMap<>();
    Map<String, String> programStatus = new HashMap<>();
    Map<String, Integer> capacity = new HashMap<>();
    Map<String, Integer> seats = new HashMap<>();
    Map<String, Integer> peak = new HashMap<>();
    for (LoggedEvent e : log) {
      if (!seen.add(e.eventId())) {
        duplicated.add(e.eventId());
        duplicateRecords++;
        continue;
      }
      switch (e.type()) {
        case "ProgramCreated" -> {
          capacity.put(e.programId(), Integer.parseInt(e.detail()));
          programStatus.putIfAbsent(e.programId(), "DRAFT");
        }
        case "ProgramPublished" -> programStatus.put(e.programId(), "PUBLISHED");
        case "ProgramClosed" -> programStatus.put(e.programId(), "CLOSED");
        case "ProgramCancelled" -> programStatus.put(e.programId(), "CANCELLED");
        default -> {
          if (e.enrollmentId() != null) {
            Enrollment before = enrollments.get(e.enrollmentId());
            Enrollment after = apply(before, e);
            enrollments.put(e.enrollmentId(), after);
            int delta = (holdsSeat(after) ? 1 : 0) - (holdsSeat(before) ? 1 : 0);
            int now = seats.merge(e.programId(), delta, Integer::sum);
            peak.merge(e.programId(), now, Math::max);
          }
        }
      }
    }
    return new Result(
        count(enrollments),
        programStatus,
        capacity,
        peak,
        seen.size(),
        duplicated,
        duplicateRecords);
  }

  private static Enrollment apply(Enrollment before, LoggedEvent e) {
    Enrollment state =
        before != null ? before : new Enrollment(e.programId(), "UNKNOWN", false, false);
    return switch (e.type()) {
      case "EnrollmentConfirmed" ->
          new Enrollment(state.programId(), "CONFIRMED", true, state.promoted());
      case "EnrollmentWaitlisted" ->
          new Enrollment(state.programId(), "WAITLISTED", state.everConfirmed(), state.promoted());
      case "EnrollmentPromoted" -> new Enrollment(state.programId(), "CONFIRMED", true, true);
      case "EnrollmentWithdrawn", "EnrollmentCancelled" ->
          new Enrollment(
              state.programId(),
              e.type().equals("EnrollmentWithdrawn") ? "WITHDRAWN" : "CANCELLED",
              state.everConfirmed() || "CONFIRMED".equals(e.detail()),
              state.promoted());
      case "CompletionRecorded" ->
          new Enrollment(
              state.programId(),
              "COMPLETED".equals(e.detail()) ? "COMPLETED" : "NOT_COMPLETED",
              state.everConfirmed(),
              state.promoted());
      default -> state; // ProgressRecorded changes no count
    };
  }

  /** A seat is taken while confirmed and kept through an outcome; a departure frees it. */
  private static boolean holdsSeat(Enrollment e) {
    return e != null && Set.of("CONFIRMED", "COMPLETED", "NOT_COMPLETED").contains(e.status());
  }

  private static Map<String, ProgrammeFigures> count(Map<String, Enrollment> enrollments) {
    Map<String, long[]> counts = new HashMap<>();
    for (Enrollment e : enrollments.values()) {
      long[] c = counts.computeIfAbsent(e.programId(), id -> new long[8]);
      c[0] += e.everConfirmed() ? 1 : 0;
      switch (e.status()) {
        case "CONFIRMED" -> c[1]++;
        case "WAITLISTED" -> c[2]++;
        case "WITHDRAWN" -> c[3]++;
        case "CANCELLED" -> c[4]++;
        case "COMPLETED" -> c[5]++;
        case "NOT_COMPLETED" -> c[6]++;
        default -> {}
      }
      c[7] += e.promoted() ? 1 : 0;
    }
    Map<String, ProgrammeFigures> figures = new HashMap<>();
    counts.forEach(
        (id, c) ->
            figures.put(id, new ProgrammeFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
    return figures;
  }
}
