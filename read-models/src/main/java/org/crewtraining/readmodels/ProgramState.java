package org.crewtraining.readmodels;

/**
 * Everything reporting keeps about a programme, built from programme events only. Enrollment events
 * of a programme not created yet leave a stub ({@link #stub}) that ProgramCreated fills in later,
 * so the cross-topic arrival order does not matter. Each event replaces one group.
 *
 * @param created ProgramCreated has been applied (else {@code catalogue} and {@code dates} are
 *     UNKNOWN)
 */
public record ProgramState(
    String programId,
    boolean created,
    ProgramCatalogue catalogue,
    int capacity,
    ProgramDates dates,
    ReportedProgramStatus status) {

  public static ProgramState stub(String programId) {
    return new ProgramState(
        programId,
        false,
        ProgramCatalogue.UNKNOWN,
        0,
        ProgramDates.UNKNOWN,
        ReportedProgramStatus.UNKNOWN);
  }

  ProgramState withStatus(ReportedProgramStatus newStatus) {
    return new ProgramState(programId, created, catalogue, capacity, dates, newStatus);
  }

  ProgramState withCapacity(int newCapacity) {
    return new ProgramState(programId, created, catalogue, newCapacity, dates, status);
  }

  ProgramState withDates(ProgramDates newDates) {
    return new ProgramState(programId, created, catalogue, capacity, newDates, status);
  }
}
