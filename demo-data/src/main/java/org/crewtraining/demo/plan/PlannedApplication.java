package org.crewtraining.demo.plan;

import java.util.Map;

/**
 * One application to a programme that selects by application, in the order the runner submits them.
 *
 * @param participant index of the {@link PlannedParticipant} (always one the history already has)
 * @param answers one per question of the programme, in the order asked
 * @param review null while not yet reviewed
 * @param answer what the applicant does if offered a seat
 */
public record PlannedApplication(
    int participant, Map<Question, String> answers, PlannedReview review, OfferAnswer answer) {

  public boolean reviewed() {
    return review != null;
  }

  public boolean shortlisted() {
    return review != null && review.shortlisted();
  }

  public boolean rejected() {
    return review != null && !review.shortlisted();
  }
}
