package org.crewtraining.enrollment.application;

import org.crewtraining.support.web.StateConflictException;

/**
 * Which status allows a withdrawal or a review. Pure, so every status is covered by a unit test; a
 * refusal is a 409 with a stable code.
 */
public final class ApplicationRules {

  private ApplicationRules() {}

  /**
   * Withdrawn while it holds no seat: an outstanding offer is declined instead, an accepted one is
   * an enrolment (withdraw that).
   *
   * @throws StateConflictException {@code application-withdrawn}, {@code offer-outstanding}, {@code
   *     application-accepted} or {@code application-ended} (offer declined or expired)
   */
  public static void checkWithdraw(ApplicationStatus status) {
    switch (status) {
      case SUBMITTED, SHORTLISTED, REJECTED, RESERVE -> {}
      case WITHDRAWN -> throw refused("application-withdrawn", "already withdrawn");
      case OFFERED ->
          throw refused(
              "offer-outstanding", "holds an outstanding offer: decline the offer instead");
      case ACCEPTED ->
          throw refused(
              "application-accepted", "was accepted: withdraw the enrolment it became instead");
      case DECLINED, EXPIRED ->
          throw refused("application-ended", "has ended: its offer was " + status);
    }
  }

  /**
   * Reviewed until a selection of the programme is confirmed; after that its reviews are what the
   * selection decided on.
   *
   * @throws StateConflictException {@code selection-confirmed} or {@code application-withdrawn}
   */
  public static void checkReview(ApplicationStatus status, boolean selectionConfirmed) {
    if (selectionConfirmed) {
      throw refused(
          "selection-confirmed", "cannot be reviewed: the programme's selection is confirmed");
    }
    switch (status) {
      case SUBMITTED, SHORTLISTED, REJECTED -> {}
      case WITHDRAWN -> throw refused("application-withdrawn", "is withdrawn");
      case RESERVE, OFFERED, ACCEPTED, DECLINED, EXPIRED ->
          throw refused("selection-confirmed", "was selected on already: it is " + status);
    }
  }

  public static boolean allowsWithdraw(ApplicationStatus status) {
    try {
      checkWithdraw(status);
      return true;
    } catch (StateConflictException e) {
      return false;
    }
  }

  public static boolean allowsReview(ApplicationStatus status, boolean selectionConfirmed) {
    try {
      checkReview(status, selectionConfirmed);
      return true;
    } catch (StateConflictException e) {
      return false;
    }
  }

  private static StateConflictException refused(String code, String what) {
    return new StateConflictException(code, "The application " + what);
  }
}
