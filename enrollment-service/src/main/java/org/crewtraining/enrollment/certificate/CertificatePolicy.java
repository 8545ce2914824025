package org.crewtraining.enrollment.certificate;

import org.crewtraining.enrollment.participation.CompletionOutcome;

/**
 * What an enrolment's newly recorded outcome does to its certificate: a certificate exists exactly
 * while the enrolment is COMPLETED, and states the hours of that outcome. Pure, so the whole policy
 * is one table ({@code CertificatePolicyTest}).
 */
final class CertificatePolicy {

  enum Step {
    /** Completed and no valid certificate: issue one. */
    ISSUE,
    /** Nothing to change: the valid certificate still states the outcome, or none is due. */
    NOTHING,
    /** No longer completed: revoke the valid certificate (COMPLETION_REVISED). */
    REVOKE,
    /** Still completed, other hours: the certificate would state wrong hours; replace it. */
    REISSUE
  }

  private CertificatePolicy() {}

  /**
   * @param certifiedHours hours on the enrolment's valid certificate; null when it has none
   */
  static Step after(CompletionOutcome outcome, double hoursCompleted, Double certifiedHours) {
    boolean completed = outcome == CompletionOutcome.COMPLETED;
    if (certifiedHours == null) {
      return completed ? Step.ISSUE : Step.NOTHING;
    }
    if (!completed) {
      return Step.REVOKE;
    }
    return Double.compare(certifiedHours, hoursCompleted) == 0 ? Step.NOTHING : Step.REISSUE;
  }
}
