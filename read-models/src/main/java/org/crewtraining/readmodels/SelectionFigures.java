package org.crewtraining.readmodels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Application and selection figures of a set of applications (one programme's or all), each count
 * defined on the applications as folded ({@link ApplicationState}):
 *
 * @param submitted applications submitted (ApplicationSubmitted seen), withdrawn ones included
 * @param withdrawn of those, withdrawn by the applicant
 * @param shortlisted of those, whose latest review is SHORTLISTED (whatever happened afterwards)
 * @param rejected of those, whose latest review is REJECTED
 * @param reserve placed on the reserve by the confirmed selection (whether or not offered later)
 * @param offersBySelection seats offered by the confirmed selection (SeatOffered basis SELECTION)
 * @param offersFromReserve seats offered from the reserve after a decline or expiry (basis RESERVE)
 * @param offersAccepted offers accepted: an EnrollmentConfirmed names the offered application
 * @param offersDeclined offers the applicant declined
 * @param offersExpired offers that lapsed unanswered
 * @param offersOutstanding offers not answered yet
 * @param selectionRate applications offered a seat (by selection or from the reserve) /
 *     applications submitted, withdrawn ones included in both; 0 with no application
 * @param offerAcceptanceRate accepted / (accepted + declined + expired): of the offers answered or
 *     lapsed, outstanding ones not counted; 0 with none
 * @param medianHoursToAccept median hours from an accepted offer's SeatOffered to its
 *     EnrollmentConfirmed (both metadata.occurredAt; the mean of the middle two for an even count),
 *     rounded to 0.01; null with no acceptance
 * @param maxHoursToAccept the longest of those times, rounded to 0.01; null with no acceptance
 */
public record SelectionFigures(
    long submitted,
    long withdrawn,
    long shortlisted,
    long rejected,
    long reserve,
    long offersBySelection,
    long offersFromReserve,
    long offersAccepted,
    long offersDeclined,
    long offersExpired,
    long offersOutstanding,
    double selectionRate,
    double offerAcceptanceRate,
    Double medianHoursToAccept,
    Double maxHoursToAccept) {

  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  /** The figures of these applications. */
  public static SelectionFigures of(Collection<ApplicationState> applications) {
    long submitted = 0;
    long withdrawn = 0;
    long shortlisted = 0;
    long rejected = 0;
    long reserve = 0;
    long bySelection = 0;
    long fromReserve = 0;
    long accepted = 0;
    long declined = 0;
    long expired = 0;
    long outstanding = 0;
    long offeredSubmitted = 0;
    List<Duration> toAccept = new ArrayList<>();
    for (ApplicationState a : applications) {
      ApplicationOffer offer = a.offer();
      if (a.submitted()) {
        submitted++;
        withdrawn += a.withdrawn() ? 1 : 0;
        shortlisted += "SHORTLISTED".equals(a.review().decision()) ? 1 : 0;
        rejected += "REJECTED".equals(a.review().decision()) ? 1 : 0;
        offeredSubmitted += offer.made() ? 1 : 0;
      }
      reserve += ApplicationPlacement.RESERVE.equals(a.placement().placement()) ? 1 : 0;
      if (!offer.made()) {
        continue;
      }
      if ("RESERVE".equals(offer.basis())) {
        fromReserve++;
      } else {
        bySelection++;
      }
      if (offer.accepted()) {
        accepted++;
        toAccept.add(offer.timeToAccept());
      } else if (ApplicationOffer.DECLINED.equals(offer.release())) {
        declined++;
      } else if (offer.release() != null) {
        expired++;
      } else {
        outstanding++;
      }
    }
    toAccept.sort(null);
    return new SelectionFigures(
        submitted,
        withdrawn,
        shortlisted,
        rejected,
        reserve,
        bySelection,
        fromReserve,
        accepted,
        declined,
        expired,
        outstanding,
        Figures.ratio(offeredSubmitted, submitted),
        Figures.ratio(accepted, accepted + declined + expired),
        median(toAccept),
        toAccept.isEmpty() ? null : hours(toAccept.get(toAccept.size() - 1).toMillis()));
  }

  /** Offers made, by selection and from the reserve. */
  public long offersMade() {
    return offersBySelection + offersFromReserve;
  }

  private static Double median(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    long middle =
        n % 2 == 1
            ? sorted.get(n / 2).toMillis()
            : (sorted.get(n / 2 - 1).toMillis() + sorted.get(n / 2).toMillis()) / 2;
    return hours(middle);
  }

  private static double hours(long millis) {
    return Math.round(millis / MILLIS_PER_HOUR * 100) / 100.0;
  }
}
