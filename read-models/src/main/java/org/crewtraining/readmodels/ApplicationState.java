package org.crewtraining.readmodels;

import java.time.Instant;

/**
 * Everything reporting keeps about one application to a programme that selects by application, from
 * the enrollment topic's application events (all keyed by the programme, so in order). An event
 * about an application whose submission was not seen leaves a stub ({@code submittedAt} null) that
 * ApplicationSubmitted fills in. Each event replaces one group. The answers never leave
 * enrollment-service.
 *
 * @param participantType of ApplicationSubmitted (SeatOffered carries it too); null if unknown
 * @param submittedAt ApplicationSubmitted's metadata.occurredAt; null for a stub
 * @param withdrawn ApplicationWithdrawn was seen
 */
public record ApplicationState(
    String applicationId,
    String programId,
    String participantId,
    String participantType,
    String craft,
    Instant submittedAt,
    boolean withdrawn,
    ApplicationReview review,
    ApplicationPlacement placement,
    ApplicationOffer offer) {

  public static ApplicationState stub(
      String applicationId, String programId, String participantId) {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        null,
        null,
        null,
        false,
        ApplicationReview.NONE,
        ApplicationPlacement.NONE,
        ApplicationOffer.NONE);
  }

  public boolean submitted() {
    return submittedAt != null;
  }

  ApplicationState withSubmission(
      String newParticipantId, String newParticipantType, String newCraft, Instant at) {
    return new ApplicationState(
        applicationId,
        programId,
        newParticipantId,
        newParticipantType,
        newCraft,
        at,
        withdrawn,
        review,
        placement,
        offer);
  }

  ApplicationState withParticipant(String newParticipantType, String newCraft) {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        newParticipantType,
        newCraft,
        submittedAt,
        withdrawn,
        review,
        placement,
        offer);
  }

  ApplicationState withWithdrawn() {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        participantType,
        craft,
        submittedAt,
        true,
        review,
        placement,
        offer);
  }

  ApplicationState withReview(ApplicationReview newReview) {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        participantType,
        craft,
        submittedAt,
        withdrawn,
        newReview,
        placement,
        offer);
  }

  ApplicationState withPlacement(ApplicationPlacement newPlacement) {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        participantType,
        craft,
        submittedAt,
        withdrawn,
        review,
        newPlacement,
        offer);
  }

  ApplicationState withOffer(ApplicationOffer newOffer) {
    return new ApplicationState(
        applicationId,
        programId,
        participantId,
        participantType,
        craft,
        submittedAt,
        withdrawn,
        review,
        placement,
        newOffer);
  }
}
