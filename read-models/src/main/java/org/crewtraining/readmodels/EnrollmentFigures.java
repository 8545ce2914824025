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
 * @param completionsByRule 1 if it has an outcome (COMPLETED or NOT_COMPLETED) that its completion
 *     rule decided (CompletionRecorded with attendance figures)
 * @param completionsOverridden 1 if it has an outcome a registrar overrode (CompletionOverridden)
 * @param completionsManual 1 if it has an outcome typed by hand (CompletionRecorded without
 *     figures); the three add up to completed + notCompleted
 * @param certificatesIssued certificates ever issued to it, revoked ones included
 * @param certificatesRevoked of those, the ones revoked
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
    String crewMember,
    int completionsByRule,
    int completionsOverridden,
    int completionsManual,
    int certificatesIssued,
    int certificatesRevoked) {

  public static EnrollmentFigures of(EnrollmentState e) {
    EnrollmentStanding standing = e.standing();
    ReportedEnrollmentStatus status = standing.status();
    boolean hasOutcome =
        status == ReportedEnrollmentStatus.COMPLETED
            || status == ReportedEnrollmentStatus.NOT_COMPLETED;
    CompletionBasis basis = hasOutcome ? e.outcome().basis() : null;
    int revoked =
        (int) e.certificates().values().stream().filter(IssuedCertificate::revoked).count();
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
        standing.everConfirmed() ? e.participantId() : null,
        one(basis == CompletionBasis.RULE),
        one(basis == CompletionBasis.OVERRIDE),
        one(basis == CompletionBasis.MANUAL),
        e.certificates().size(),
        revoked);
  }

  private static int one(boolean counts) {
    return counts ? 1 : 0;
  }
}
