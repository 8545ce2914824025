package org.crewtraining.faults.check;

/**
 * The counts compared per programme between the independent fold of the log and reporting-service's
 * query API, with the definitions of reporting's figures: enrolled = ever held a seat, promoted =
 * got a seat from the waitlist, the rest = enrollments by current status.
 */
public record ProgrammeFigures(
    long enrolled,
    long confirmed,
    long waitlisted,
    long withdrawn,
    long cancelled,
    long completed,
    long notCompleted,
    long promoted) {

  public static final ProgrammeFigures NONE = new ProgrammeFigures(0, 0, 0, 0, 0, 0, 0, 0);

  /** Enrollments in any status. */
  public long enrollments() {
    return confirmed + waitlisted + withdrawn + cancelled + completed + notCompleted;
  }

  /**
   * Changes the figures account for: each enrollment, each departure (withdrawal, cancellation,
   * outcome) and each promotion. Progress reports change no count and are not included.
   */
  public long changes() {
    return enrollments() + withdrawn + cancelled + completed + notCompleted + promoted;
  }
}
