package org.crewtraining.enrollment.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.OutcomeRecorded;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an enrolment's certificate in step with its outcome ({@link CertificatePolicy}), in the
 * transaction that recorded the outcome: the outcome, the certificate and their events commit
 * together or not at all. Every certificate event is caused by the outcome's event.
 */
@Component
class CertificateIssuance {

  /** 40 random bits a number: a collision is rare, several in a row mean something is broken. */
  private static final int MAX_DRAWS = 5;

  private final CertificateRepository certificates;
  private final CertificateNumbers numbers;
  private final CertificateEvents events;
  private final ProgramSnapshotRepository programs;
  private final Clock clock;
  private final EnrollmentProperties properties;

  CertificateIssuance(
      CertificateRepository certificates,
      CertificateNumbers numbers,
      CertificateEvents events,
      ProgramSnapshotRepository programs,
      Clock clock,
      EnrollmentProperties properties) {
    this.certificates = certificates;
    this.numbers = numbers;
    this.events = events;
    this.programs = programs;
    this.clock = clock;
    this.properties = properties;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void outcomeRecorded(OutcomeRecorded recorded) {
    Enrollment e = recorded.enrollment();
    double hours = e.hoursCompleted() == null ? 0 : e.hoursCompleted();
    Optional<Certificate> valid = certificates.lockValidOf(e.enrollmentId());
    EventCause cause = EventCause.after(recorded.outcomeEvent());
    switch (CertificatePolicy.after(
        e.outcome(), hours, valid.map(Certificate::hours).orElse(null))) {
      case ISSUE -> issue(e, hours, cause);
      case REVOKE -> revoke(valid.orElseThrow(), cause);
      case REISSUE -> {
        revoke(valid.orElseThrow(), cause);
        issue(e, hours, cause);
      }
      case NOTHING -> {}
    }
  }

  private void issue(Enrollment e, double hours, EventCause cause) {
    ProgramSnapshot programme =
        programs
            .find(e.programId())
            .orElseThrow(() -> new IllegalStateException("No programme " + e.programId()));
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      Certificate certificate =
          new Certificate(
              numbers.certificateId(today.getYear()),
              e.enrollmentId(),
              e.programId(),
              e.participantId(),
              programme.title(),
              hours,
              today,
              programs.partners(e.programId()),
              null,
              clock.instant(),
              null,
              null);
      if (certificates.insert(certificate)) {
        events.issued(certificate, cause);
        return;
      }
    }
    throw new IllegalStateException("No free certificate number after " + MAX_DRAWS + " draws");
  }

  private void revoke(Certificate certificate, EventCause cause) {
    CertificateRevocationReason reason = CertificateRevocationReason.COMPLETION_REVISED;
    if (certificates.revoke(certificate.certificateId(), reason, clock.instant())) {
      events.revoked(certificate, reason, cause);
    }
  }
}
