package org.crewtraining.enrollment.offer;

import java.time.Instant;

/**
 * What the applicant gets back for an answer: nothing personal, only where the offer stands.
 *
 * @param status ACCEPTED or DECLINED
 * @param enrollmentId the confirmed enrolment, null for a decline
 */
public record OfferAnswer(
    String applicationId,
    String programId,
    String status,
    String enrollmentId,
    Instant answeredAt) {

  static OfferAnswer of(OfferRow row) {
    return new OfferAnswer(
        row.applicationId(), row.programId(), row.status(), row.enrollmentId(), row.answeredAt());
  }
}
