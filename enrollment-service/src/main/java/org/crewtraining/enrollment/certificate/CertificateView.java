package org.crewtraining.enrollment.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.enrollments.CertificateRevocationReason;

/**
 * A certificate as registrars and programme admins see it: no personal data, no code.
 *
 * @param verificationCodeHandedOut whether a verification code was handed out for it
 */
record CertificateView(
    String certificateId,
    String enrollmentId,
    String programId,
    String participantId,
    String programTitle,
    double hours,
    LocalDate issueDate,
    List<String> issuers,
    CertificateStatus status,
    Instant revokedAt,
    CertificateRevocationReason revocationReasonCode,
    boolean verificationCodeHandedOut) {

  static CertificateView of(Certificate c) {
    return new CertificateView(
        c.certificateId(),
        c.enrollmentId(),
        c.programId(),
        c.participantId(),
        c.programTitle(),
        c.hours(),
        c.issueDate(),
        c.issuers(),
        CertificateStatus.of(c),
        c.revokedAt(),
        c.revocationReasonCode(),
        c.verificationCodeHash() != null);
  }
}
