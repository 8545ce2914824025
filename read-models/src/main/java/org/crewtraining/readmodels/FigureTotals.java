package org.crewtraining.readmodels;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The summable part of {@link EnrollmentFigures} (everything but the crew member) added up over a
 * set of enrollments, or the change of such a sum: what reporting-service keeps on each programme's
 * row and moves by the change each batch makes. Hours are exact decimals, so a total kept by adding
 * changes stays equal to the sum of its enrollments however often they change; they are normalised
 * (no trailing zeros) so equal amounts are equal records.
 */
public record FigureTotals(
    long enrolled,
    long confirmed,
    long waitlisted,
    long withdrawn,
    long cancelled,
    long completed,
    long notCompleted,
    long promotedFromWaitlist,
    BigDecimal trainingHours,
    long completionsByRule,
    long completionsOverridden,
    long completionsManual,
    long certificatesIssued,
    long certificatesRevoked) {

  public static final FigureTotals ZERO =
      new FigureTotals(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0);

  public FigureTotals {
    BigDecimal stripped = trainingHours.stripTrailingZeros();
    // Never a negative scale: 60 stays "60" in a report, not "6E+1".
    trainingHours = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** What one enrollment adds to its sets. */
  public static FigureTotals of(EnrollmentFigures f) {
    return new FigureTotals(
        f.enrolled(),
        f.confirmed(),
        f.waitlisted(),
        f.withdrawn(),
        f.cancelled(),
        f.completed(),
        f.notCompleted(),
        f.promotedFromWaitlist(),
        // The decimal the double prints as: what the hours were recorded as, not its binary error.
        BigDecimal.valueOf(f.trainingHours()),
        f.completionsByRule(),
        f.completionsOverridden(),
        f.completionsManual(),
        f.certificatesIssued(),
        f.certificatesRevoked());
  }

  /** The totals of these enrollments. */
  public static FigureTotals sum(Collection<EnrollmentFigures> enrollments) {
    FigureTotals total = ZERO;
    for (EnrollmentFigures e : enrollments) {
      total = total.plus(of(e));
    }
    return total;
  }

  /**
   * How an enrollment's change moves the totals of its set: after minus before, where a new
   * enrollment (before null) had counted for nothing.
   */
  public static FigureTotals change(EnrollmentFigures before, EnrollmentFigures after) {
    return before == null ? of(after) : of(after).minus(of(before));
  }

  public FigureTotals plus(FigureTotals o) {
    return new FigureTotals(
        enrolled + o.enrolled,
        confirmed + o.confirmed,
        waitlisted + o.waitlisted,
        withdrawn + o.withdrawn,
        cancelled + o.cancelled,
        completed + o.completed,
        notCompleted + o.notCompleted,
        promotedFromWaitlist + o.promotedFromWaitlist,
        trainingHours.add(o.trainingHours),
        completionsByRule + o.completionsByRule,
        completionsOverridden + o.completionsOverridden,
        completionsManual + o.completionsManual,
        certificatesIssued + o.certificatesIssued,
        certificatesRevoked + o.certificatesRevoked);
  }

  public FigureTotals minus(FigureTotals o) {
    return plus(o.negate());
  }

  public FigureTotals negate() {
    return new FigureTotals(
        -enrolled,
        -confirmed,
        -waitlisted,
        -withdrawn,
        -cancelled,
        -completed,
        -notCompleted,
        -promotedFromWaitlist,
        trainingHours.negate(),
        -completionsByRule,
        -completionsOverridden,
        -completionsManual,
        -certificatesIssued,
        -certificatesRevoked);
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  /** The figures these totals make, rates derived by {@link Figures#of}. */
  public Figures figures() {
    return Figures.of(
        enrolled,
        confirmed,
        waitlisted,
        withdrawn,
        cancelled,
        completed,
        notCompleted,
        promotedFromWaitlist,
        trainingHours.doubleValue(),
        completionsByRule,
        completionsOverridden,
        completionsManual,
        certificatesIssued,
        certificatesRevoked);
  }
}
