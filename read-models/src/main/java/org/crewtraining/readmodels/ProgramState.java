package org.crewtraining.readmodels;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything reporting keeps about a programme, built from programme events only. Enrollment events
 * of a programme not created yet leave a stub ({@link #stub}) that ProgramCreated fills in later,
 * so the cross-topic arrival order does not matter. Each event replaces one group.
 *
 * @param created ProgramCreated has been applied (else {@code catalogue} and {@code dates} are
 *     UNKNOWN)
 * @param sessions every session ever scheduled, cancelled ones included, by session id
 * @param admission the admission by application its ProgramPublished carried; null for first come,
 *     first served (and before publication)
 */
public record ProgramState(
    String programId,
    boolean created,
    ProgramCatalogue catalogue,
    int capacity,
    ProgramDates dates,
    ReportedProgramStatus status,
    Map<String, ProgramSession> sessions,
    ProgramAdmission admission) {

  public ProgramState {
    sessions = Map.copyOf(sessions);
  }

  public static ProgramState stub(String programId) {
    return new ProgramState(
        programId,
        false,
        ProgramCatalogue.UNKNOWN,
        0,
        ProgramDates.UNKNOWN,
        ReportedProgramStatus.UNKNOWN,
        Map.of(),
        null);
  }

  /** Contact minutes of the active sessions. */
  public int plannedMinutes() {
    return sessions.values().stream()
        .filter(ProgramSession::active)
        .mapToInt(ProgramSession::contactMinutes)
        .sum();
  }

  /** How its seats go. */
  public AdmissionMode admissionMode() {
    return AdmissionMode.of(admission);
  }

  ProgramState withStatus(ReportedProgramStatus newStatus) {
    return new ProgramState(
        programId, created, catalogue, capacity, dates, newStatus, sessions, admission);
  }

  ProgramState withCapacity(int newCapacity) {
    return new ProgramState(
        programId, created, catalogue, newCapacity, dates, status, sessions, admission);
  }

  ProgramState withDates(ProgramDates newDates) {
    return new ProgramState(
        programId, created, catalogue, capacity, newDates, status, sessions, admission);
  }

  ProgramState withAdmission(ProgramAdmission newAdmission) {
    return new ProgramState(
        programId, created, catalogue, capacity, dates, status, sessions, newAdmission);
  }

  ProgramState withSession(ProgramSession session) {
    Map<String, ProgramSession> changed = new HashMap<>(sessions);
    changed.put(session.sessionId(), session);
    return new ProgramState(
        programId, created, catalogue, capacity, dates, status, changed, admission);
  }
}
