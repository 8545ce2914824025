package org.crewtraining.enrollment.certificate;

import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.EventOutbox;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.springframework.stereotype.Component;

/**
 * Certificate events into the outbox, in the caller's transaction. Neither the holder's name nor
 * the verification code ever goes into one.
 */
@Component
class CertificateEvents {

  private final EventOutbox outbox;

  CertificateEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  void issued(Certificate c, EventCause cause) {
    outbox.append(
        new CertificateIssued(
            metadata(cause),
            c.certificateId(),
            c.enrollmentId(),
            c.programId(),
            c.participantId(),
            c.hours(),
            c.issueDate(),
            c.issuers()));
  }

  void revoked(Certificate c, CertificateRevocationReason reason, EventCause cause) {
    outbox.append(
        new CertificateRevoked(
            metadata(cause),
            c.certificateId(),
            c.enrollmentId(),
            c.programId(),
            c.participantId(),
            reason));
  }

  private EventMetadata metadata(EventCause cause) {
    return outbox.metadata(cause);
  }
}
