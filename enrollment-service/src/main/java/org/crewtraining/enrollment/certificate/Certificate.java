package org.crewtraining.enrollment.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.enrollments.CertificateRevocationReason;

/**
 * A stored certificate. Holds no personal data: the holder is the pseudonymous participant id.
 *
 * @param verificationCodeHash SHA-256 of the holder's code; null until one was handed out
 * @param revokedAt null while valid
 * @param revocationReasonCode null while valid
 */
record Certificate(
    String certificateId,
    String enrollmentId,
    String programId,
    String participantId,
    String programTitle,
    double hours,
    LocalDate issueDate,
    List<String> issuers,
    String verificationCodeHash,
    Instant issuedAt,
    Instant revokedAt,
    CertificateRevocationReason revocationReasonCode) {

  boolean valid() {
    return revokedAt == null;
  }
}
