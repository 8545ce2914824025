package org.crewtraining.readmodels;

import java.util.Collection;
import java.util.function.ToLongFunction;
import org.crewtraining.events.reporting.CompletionFigures;

/**
 * Seat and completion figures of a set of enrollments (one programme, one rollup group or all): the
 * sum of what each enrollment counts for ({@link EnrollmentFigures}, where each count is defined),
 * with the rates derived here. Published in {@code CompletionMetricsUpdated} and documented in
 * reporting-service's README:
 *
 * @param enrolled enrollments that ever held a seat (confirmed directly or promoted from the
 *     waitlist), whatever happened afterwards: withdrawn, cancelled or with an outcome
 * @param confirmed holding a seat now, no outcome recorded yet
 * @param waitlisted waiting for a seat now
 * @param withdrawn left the programme or its waitlist
 * @param cancelled ended because the programme was cancelled
 * @param completed outcome COMPLETED
 * @param notCompleted outcome NOT_COMPLETED (or an outcome this reader does not know)
 * @param promotedFromWaitlist enrollments that got their seat by a waitlist promotion
 * @param completionRate completed / enrolled; 0 when nobody enrolled
 * @param trainingHours hours delivered: per enrollment the hours of its recorded outcome, else its
 *     latest recorded attendance (so partial attendance of withdrawn crew counts)
 * @param completionsByRule outcomes (completed or not) its completion rule decided, from the
 *     recorded attendance
 * @param completionsOverridden outcomes a registrar overrode
 * @param completionsManual outcomes typed by hand (no rule figures: programmes without sessions,
 *     outcomes from before rules); the three add up to completed + notCompleted
 * @param certificatesIssued certificates issued, revoked ones included
 * @param certificatesRevoked certificates revoked; issued - revoked are valid
 */
public record Figures(
    long enrolled,
    long confirmed,
    long waitlisted,
    long withdrawn,
    long cancelled,
    long completed,
    long notCompleted,
    long promotedFromWaitlist,
    double completionRate,
    double trainingHours,
    long completionsByRule,
    long completionsOverridden,
    long completionsManual,
    long certificatesIssued,
    long certificatesRevoked) {

  public static final Figures NONE = of(0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0, 0, 0, 0, 0);

  /** The figures of a set of enrollments, summed in memory (the fold's read models). */
  public static Figures sum(Collection<EnrollmentFigures> enrollments) {
    double hours = 0;
    for (EnrollmentFigures e : enrollments) {
      hours += e.trainingHours(); // one by one, in order, as SQL's sum adds them
    }
    return of(
        total(enrollments, EnrollmentFigures::enrolled),
        total(enrollments, EnrollmentFigures::confirmed),
        total(enrollments, EnrollmentFigures::waitlisted),
        total(enrollments, EnrollmentFigures::withdrawn),
        total(enrollments, EnrollmentFigures::cancelled),
        total(enrollments, EnrollmentFigures::completed),
        total(enrollments, EnrollmentFigures::notCompleted),
        total(enrollments, EnrollmentFigures::promotedFromWaitlist),
        hours,
        total(enrollments, EnrollmentFigures::completionsByRule),
        total(enrollments, EnrollmentFigures::completionsOverridden),
        total(enrollments, EnrollmentFigures::completionsManual),
        total(enrollments, EnrollmentFigures::certificatesIssued),
        total(enrollments, EnrollmentFigures::certificatesRevoked));
  }

  private static long total(
      Collection<EnrollmentFigures> enrollments, ToLongFunction<EnrollmentFigures> count) {
    return enrollments.stream().mapToLong(count).sum();
  }

  /**
   * Figures from the sums of {@link EnrollmentFigures} (in memory or by SQL): the one place rates
   * and rounding are computed.
   */
  public static Figures of(
      long enrolled,
      long confirmed,
      long waitlisted,
      long withdrawn,
      long cancelled,
      long completed,
      long notCompleted,
      long promotedFromWaitlist,
      double trainingHours,
      long completionsByRule,
      long completionsOverridden,
      long completionsManual,
      long certificatesIssued,
      long certificatesRevoked) {
    return new Figures(
        enrolled,
        confirmed,
        waitlisted,
        withdrawn,
        cancelled,
        completed,
        notCompleted,
        promotedFromWaitlist,
        ratio(completed, enrolled),
        round2(trainingHours),
        completionsByRule,
        completionsOverridden,
        completionsManual,
        certificatesIssued,
        certificatesRevoked);
  }

  /** Seats in use or used: confirmed now, or through to an outcome. Withdrawn seats were freed. */
  public long seatsTaken() {
    return confirmed + completed + notCompleted;
  }

  public CompletionFigures toCompletionFigures() {
    return new CompletionFigures(enrolled, completed, notCompleted, completionRate);
  }

  public static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : round4((double) part / whole);
  }

  static double round2(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  private static double round4(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
