package org.crewtraining.readmodels;

/**
 * What one enrollment counts for in the {@link Figures} of every set it belongs to (its programme,
 * its rollup groups, all enrollments): the one definition of each figure. The projection stores it
 * with the enrollment, the queries only sum it, and {@link Figures#sum} derives the rates, so Java
 * and SQL cannot disagree on what a figure means.
 *
 * @param enrolled 1 if the enrollment ever held a seat
 * @param confirmed 1 if it holds a seat now without an outcome
 * @param waitlisted 1 if it waits for a seat now
 * @param withdrawn 1 if it left the programme or its waitlist
 * @param cancelled 1 if it ended with the programme's cancellation
 * @param completed 1 if its outcome is COMPLETED
 * @param notCompleted 1 if its outcome is NOT_COMPLETED
 * @param promotedFromWaitlist 1 if it got its seat by a waitlist promotion
 * @param trainingHours {@link EnrollmentState#hours()}
 * @param crewMember the participant when the enrollment makes them crew of its groups (it held a
 *     seat), else null; groups count the distinct values
 */
public record EnrollmentFigures(
    int enrolled,
    int confirmed,
    int waitlisted,
    int withdrawn,
    int cancelled,
    int completed,
    int notCompleted,
    int promotedFromWaitlist,
    double trainingHours,
    String crewMember) {

  public static EnrollmentFigures of(EnrollmentState e) {
    EnrollmentStanding standing = e.standing();
    ReportedEnrollmentStatus status = standing.status();
    return new EnrollmentFigures(
        one(standing.everConfirmed()),
        one(status == ReportedEnrollmentStatus.CONFIRMED),
        one(status == ReportedEnrollmentStatus.WAITLISTED),
        one(status == ReportedEnrollmentStatus.WITHDRAWN),
        one(status == ReportedEnrollmentStatus.CANCELLED),
        one(status == ReportedEnrollmentStatus.COMPLETED),
        one(status == ReportedEnrollmentStatus.NOT_COMPLETED),
        one(standing.promoted()),
        e.hours(),
        standing.everConfirmed() ? e.participantId() : null);
  }

  private static int one(boolean counts) {
    return counts ? 1 : 0;
  }
}
