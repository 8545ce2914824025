package org.crewtraining.readmodels;

import org.crewtraining.events.reporting.CompletionFigures;

/**
 * Seat and completion figures of a set of enrollments (one programme, one rollup group or all).
 * These definitions are the ones published in {@code CompletionMetricsUpdated} and documented in
 * the module README:
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
    double trainingHours) {

  public static final Figures NONE = of(0, 0, 0, 0, 0, 0, 0, 0, 0.0);

  /** The one place rates and rounding are computed, for the fold and for SQL alike. */
  public static Figures of(
      long enrolled,
      long confirmed,
      long waitlisted,
      long withdrawn,
      long cancelled,
      long completed,
      long notCompleted,
      long promotedFromWaitlist,
      double trainingHours) {
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
        round2(trainingHours));
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
