package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One programme of the plan with everything the runner does to it.
 *
 * @param key stable within the plan; part of every Idempotency-Key of this programme
 * @param capacityIncrease seats added after enrolment (promotes from the waitlist), 0 for none
 * @param withdrawals indexes into {@code applicants} of initially confirmed applicants, in the
 *     order they withdraw; each withdrawal promotes the head of the waitlist
 * @param sessions empty for a programme whose outcomes are typed by hand (seminars, networking)
 * @param minAttendedPercent the completion rule set before publishing; 0 without sessions
 * @param withdrawAfterSessions withdrawals (and the promotions they cause) happen after this many
 *     sessions have taken place
 */
public record PlannedProgram(
    String key,
    String title,
    List<String> partners,
    Format format,
    Craft track,
    Audience audience,
    int capacity,
    int capacityIncrease,
    LocalDate startDate,
    LocalDate endDate,
    String deliveryMode,
    int cohortYear,
    String location,
    int plannedHours,
    Ending ending,
    String cancelReasonCode,
    String cancelNote,
    List<PlannedEnrollment> applicants,
    List<Integer> withdrawals,
    List<PlannedSession> sessions,
    int minAttendedPercent,
    int withdrawAfterSessions) {

  /** Progress and outcomes come from attendance (enrollment-service refuses them typed by hand). */
  public boolean runsOnSessions() {
    return !sessions.isEmpty();
  }

  /** Planned contact minutes: what attendance is measured against. */
  public long plannedMinutes() {
    return sessions.stream().mapToLong(PlannedSession::contactMinutes).sum();
  }

  public long seatHolders() {
    return applicants.stream().filter(PlannedEnrollment::heldSeat).count();
  }

  /**
   * Outcomes the runner records by a request: typed by hand (no sessions), overridden, or evaluated
   * on demand (a running programme). A closed programme's others are decided at close.
   */
  public long outcomesByRequest() {
    return applicants.stream()
        .filter(PlannedEnrollment::hasOutcome)
        .filter(
            e -> !runsOnSessions() || e.overrideReasonCode() != null || ending == Ending.RUNNING)
        .count();
  }

  public long count(Fate fate) {
    return applicants.stream().filter(a -> a.fate() == fate).count();
  }
}
