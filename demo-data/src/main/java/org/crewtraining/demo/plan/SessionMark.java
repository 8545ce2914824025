package org.crewtraining.demo.plan;

/**
 * One applicant's attendance at one session, as the runner enters it in the session's roster.
 *
 * @param session index into the programme's {@link PlannedProgram#sessions()}
 * @param lateMinutes for LATE only (1 to below the session's contact minutes), else 0
 */
public record SessionMark(int session, Status status, int lateMinutes) {

  /** enrollment-service's attendance statuses. */
  public enum Status {
    PRESENT,
    LATE,
    ABSENT,
    EXCUSED
  }

  /** Minutes the completion rule credits: all of a PRESENT session, a LATE one less the delay. */
  public int credited(PlannedSession at) {
    return switch (status) {
      case PRESENT -> at.contactMinutes();
      case LATE -> at.contactMinutes() - lateMinutes;
      case ABSENT, EXCUSED -> 0;
    };
  }

  public boolean attended() {
    return status == Status.PRESENT || status == Status.LATE;
  }
}
