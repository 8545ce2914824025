package org.crewtraining.enrollment.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.participant.ParticipantService;
import org.crewtraining.enrollment.participation.EnrollmentService;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Revocation, handing out, and what callers may read about a certificate. */
@Service
class CertificateService {

  private final CertificateRepository certificates;
  private final CertificateNumbers numbers;
  private final CertificateEvents events;
  private final ParticipantService participants;
  private final EnrollmentService enrollments;
  private final CertificateProperties properties;
  private final EnrollmentProperties enrollmentProperties;
  private final Clock clock;

  CertificateService(
      CertificateRepository certificates,
      CertificateNumbers numbers,
      CertificateEvents events,
      ParticipantService participants,
      EnrollmentService enrollments,
      CertificateProperties properties,
      EnrollmentProperties enrollmentProperties,
      Clock clock) {
    this.certificates = certificates;
    this.numbers = numbers;
    this.events = events;
    this.participants = participants;
    this.enrollments = enrollments;
    this.properties = properties;
    this.enrollmentProperties = enrollmentProperties;
    this.clock = clock;
  }

  /**
   * Revokes once: revoking a revoked certificate answers it as it is (with its first reason) and
   * publishes nothing.
   */
  @Transactional
  public CertificateView revoke(
      String certificateId, CertificateRevocationReason reason, CommandContext request) {
    Certificate certificate = get(certificateId);
    if (certificates.revoke(certificateId, reason, clock.instant())) {
      events.revoked(certificate, reason, EventCause.of(request));
    }
    return CertificateView.of(get(certificateId));
  }

  @Transactional(readOnly = true)
  public List<CertificateView> ofEnrollment(String enrollmentId) {
    enrollments.get(enrollmentId); // 404 for an unknown enrolment rather than an empty list
    return certificates.ofEnrollment(enrollmentId).stream().map(CertificateView::of).toList();
  }

  /** A new verification code for the holder's copy; the previous code stops working. */
  @Transactional
  public HandedOutCertificate handOut(String certificateId) {
    get(certificateId);
    String code = numbers.verificationCode();
    certificates.setVerificationCodeHash(certificateId, CertificateNumbers.hash(code));
    Certificate certificate = get(certificateId);
    return new HandedOutCertificate(
        CertificateView.of(certificate),
        holderName(certificate),
        code,
        properties.baseUrl() + "/public/certificates/" + certificateId);
  }

  /**
   * The public answer. A wrong code gets exactly the answer of no code: the caller learns nothing
   * about the code or the holder.
   */
  @Transactional(readOnly = true)
  public PublicCertificate verify(String certificateId, String verificationCode) {
    Certificate c = get(certificateId);
    boolean holder = CertificateNumbers.matches(verificationCode, c.verificationCodeHash());
    return new PublicCertificate(
        c.certificateId(),
        CertificateStatus.of(c),
        c.revokedAt() == null
            ? null
            : LocalDate.ofInstant(c.revokedAt(), enrollmentProperties.timeZone()),
        c.programTitle(),
        c.hours(),
        c.issueDate(),
        c.issuers(),
        holder ? holderName(c) : null);
  }

  /** The certificate and its holder's name, for a registrar's badge. */
  @Transactional(readOnly = true)
  public Held held(String certificateId) {
    Certificate c = get(certificateId);
    return new Held(c, holderName(c));
  }

  /**
   * The same for a caller who proves to hold the certificate; a missing or wrong code is refused
   * alike (403 {@code verification-code-required}).
   */
  @Transactional(readOnly = true)
  public Held heldWithCode(String certificateId, String verificationCode) {
    Certificate c = get(certificateId);
    if (!CertificateNumbers.matches(verificationCode, c.verificationCodeHash())) {
      throw new VerificationCodeRequiredException();
    }
    return new Held(c, holderName(c));
  }

  /** A certificate with its holder's name: personal data, for the holder's own badge. */
  record Held(Certificate certificate, String holderName) {

    /** A revoked certificate's badge would assert what no longer holds. */
    Held requireValid() {
      if (!certificate.valid()) {
        throw new StateConflictException(
            "certificate-revoked",
            "Certificate " + certificate.certificateId() + " is revoked; it has no badge");
      }
      return this;
    }
  }

  private Certificate get(String certificateId) {
    return certificates
        .find(certificateId)
        .orElseThrow(() -> new ResourceNotFoundException("Certificate", certificateId));
  }

  private String holderName(Certificate c) {
    return participants.get(c.participantId()).name();
  }
}
