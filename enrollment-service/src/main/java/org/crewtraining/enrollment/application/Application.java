package org.crewtraining.enrollment.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ApplicationRejectionReason;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ApplicationQuestion;

/**
 * One participant's application for a programme that selects by application, with every column of
 * its row: the selection and offer parts are written by the selection and offer features.
 *
 * @param participantType as registered when applying (selection quotas count it)
 * @param answers the applicant's answers by question; personal, they never leave this service
 * @param review the latest review; null until reviewed
 * @param withdrawalReasonCode null unless WITHDRAWN
 * @param selectionId the confirmed selection that offered it a seat or put it on the reserve
 * @param reserveRank 1 = next offered when a seat frees; null unless RESERVE
 * @param offer null until a seat is offered
 * @param enrollmentId the enrolment an accepted offer became; null unless ACCEPTED
 * @param version incremented by every change, so a selection proposal can tell it is stale
 */
// Read back only where JSON the service wrote is replayed: unknown fields of another version skip.
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(
    String applicationId,
    String programId,
    String participantId,
    ParticipantType participantType,
    CraftTrack craft,
    ApplicationStatus status,
    Instant submittedAt,
    Map<ApplicationQuestion, String> answers,
    Review review,
    WithdrawalReason withdrawalReasonCode,
    String selectionId,
    Integer reserveRank,
    Offer offer,
    String enrollmentId,
    int version) {

  /**
   * @param score 0-100 for SHORTLISTED, null for REJECTED
   * @param reasonCode null for SHORTLISTED
   * @param reviewedBy the reviewer's account
   */
  public record Review(
      ReviewDecision decision,
      Integer score,
      ApplicationRejectionReason reasonCode,
      String reviewedBy,
      Instant reviewedAt) {

    /** Whether this review says the same as the requested one (who and when aside). */
    boolean sameAs(ReviewRequest request) {
      return decision == request.decision()
          && Objects.equals(score, request.score())
          && reasonCode == request.reasonCode();
    }
  }

  /**
   * @param offerCode the code the applicant answers the offer with (sent by the office)
   * @param answeredAt when the offer was accepted, declined or released; null while outstanding
   */
  public record Offer(Instant offeredAt, Instant expiresAt, String offerCode, Instant answeredAt) {}
}
