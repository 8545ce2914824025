package org.crewtraining.enrollment.offer;

import java.time.Instant;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.selection.Candidate;
import org.crewtraining.events.common.CraftTrack;

/**
 * An application as offers see it.
 *
 * @param score null unless reviewed as shortlisted
 * @param offerExpiresAt null until offered
 */
record OfferRow(
    String applicationId,
    String programId,
    String participantId,
    ParticipantType participantType,
    CraftTrack craft,
    String status,
    Integer score,
    Instant submittedAt,
    String selectionId,
    Instant offerExpiresAt,
    String offerCode,
    Instant answeredAt,
    String enrollmentId) {

  Candidate candidate() {
    return new Candidate(applicationId, participantType, craft, score, submittedAt);
  }

  /** Past its deadline: expiresAt is the last instant it can be accepted. */
  boolean expiredAt(Instant now) {
    return offerExpiresAt != null && now.isAfter(offerExpiresAt);
  }
}
