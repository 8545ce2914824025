package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.crewtraining.contracts.Events;
import org.crewtraining.enrollment.participation.CompletionOutcome;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EnrollmentService;
import org.crewtraining.enrollment.participation.OutcomeRecorded;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A certificate follows the enrolment's outcome, in the outcome's transaction, and every
 * certificate event names the outcome's event as its cause.
 */
class CertificateIssuanceTest extends CertificateIntegrationTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired EnrollmentService enrollments;

  @Test
  void aCompletionIssuesACertificateCausedByTheCompletionEvent() {
    LocalDate before = LocalDate.now(SEOUL);
    Completed c = completedWithCertificate(38.5);
    LocalDate after = LocalDate.now(SEOUL);

    List<Published> events =
        eventsOf(c.programId(), CompletionRecorded.class, CertificateIssued.class);
    assertThat(events).hasSize(2);
    CompletionRecorded completion = (CompletionRecorded) events.get(0).event();
    CertificateIssued issued = (CertificateIssued) events.get(1).event();
    assertThat(events.get(1).key()).isEqualTo(c.programId());
    assertThat(issued.getMetadata().getCausationId())
        .isEqualTo(completion.getMetadata().getEventId().toString());
    assertThat(issued.getMetadata().getCorrelationId())
        .isEqualTo(completion.getMetadata().getCorrelationId());
    assertThat(issued.getMetadata().getActor()).isEqualTo(TestUser.REGISTRAR.username());
    assertThat(issued.getCertificateId()).isEqualTo(c.certificateId());
    assertThat(issued.getEnrollmentId()).isEqualTo(c.enrollmentId());
    assertThat(issued.getParticipantId()).isEqualTo(completion.getParticipantId());
    assertThat(issued.getHours()).isEqualTo(38.5);
    assertThat(issued.getIssuers()).containsExactly("Netflix", "KOCCA");
    assertThat(issued.getIssueDate()).isBetween(before, after);
    assertThat(c.certificateId())
        .matches("CT-" + issued.getIssueDate().getYear() + "-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
  }

  @Test
  void aNotCompletedOutcomeIssuesNothing() {
    String programId = openProgramme(5, Audience.INDUSTRY_WORKER);
    String enrollmentId = confirmedEnrolment(programId);

    recordOutcome(enrollmentId, "NOT_COMPLETED", 6);

    assertThat(certificateIds(enrollmentId)).isEmpty();
    assertThat(eventsOf(programId, CertificateIssued.class)).isEmpty();
  }

  @Test
  void anOutcomeTurnedToNotCompletedRevokesTheCertificateOnce() {
    Completed c = completedWithCertificate(40);
    EventMetadata override = outcomeEvent();

    publishOutcome(c.enrollmentId(), CompletionOutcome.NOT_COMPLETED, 12, override);
    publishOutcome(c.enrollmentId(), CompletionOutcome.NOT_COMPLETED, 12, outcomeEvent());

    List<Published> revocations = eventsOf(c.programId(), CertificateRevoked.class);
    assertThat(revocations).hasSize(1);
    CertificateRevoked revoked = (CertificateRevoked) revocations.get(0).event();
    assertThat(revoked.getCertificateId()).isEqualTo(c.certificateId());
    assertThat(revoked.getReasonCode()).isEqualTo(CertificateRevocationReason.COMPLETION_REVISED);
    assertThat(revoked.getMetadata().getCausationId()).isEqualTo(override.getEventId().toString());
    assertThat(revoked.getMetadata().getCorrelationId()).isEqualTo(override.getCorrelationId());
    Response verified = api(null).get("/public/certificates/" + c.certificateId());
    assertThat(verified.text("status")).isEqualTo("REVOKED");
    assertThat(certificateIds(c.enrollmentId())).containsExactly(c.certificateId());
  }

  @Test
  void anOutcomeWithOtherHoursReplacesTheCertificate() {
    Completed c = completedWithCertificate(40);

    publishOutcome(c.enrollmentId(), CompletionOutcome.COMPLETED, 36, outcomeEvent());
    publishOutcome(c.enrollmentId(), CompletionOutcome.COMPLETED, 36, outcomeEvent());

    List<String> ids = certificateIds(c.enrollmentId());
    assertThat(ids).hasSize(2).startsWith(c.certificateId());
    Response first = api(null).get("/public/certificates/" + ids.get(0));
    Response second = api(null).get("/public/certificates/" + ids.get(1));
    assertThat(first.text("status")).isEqualTo("REVOKED");
    assertThat(second.text("status")).isEqualTo("VALID");
    assertThat(second.body().get("hours").asDouble()).isEqualTo(36.0);
    assertThat(eventsOf(c.programId(), CertificateIssued.class, CertificateRevoked.class))
        .extracting(p -> p.event().getClass().getSimpleName())
        .containsExactly("CertificateIssued", "CertificateRevoked", "CertificateIssued");
  }

  private static EventMetadata outcomeEvent() {
    return Events.newMetadata(
        "enrollment-service", "corr-" + UUID.randomUUID(), null, "registrar", Instant.now());
  }

  /**
   * An outcome recorded again, as an override will publish it (issue 17): the stored enrolment with
   * another outcome, in a transaction of its own.
   */
  private void publishOutcome(
      String enrollmentId, CompletionOutcome outcome, double hours, EventMetadata cause) {
    transactions.executeWithoutResult(
        status -> {
          Enrollment e = enrollments.get(enrollmentId);
          Enrollment changed =
              new Enrollment(
                  e.enrollmentId(),
                  e.programId(),
                  e.participantId(),
                  e.status(),
                  e.waitlistPosition(),
                  e.sessionsAttended(),
                  e.hoursAttended(),
                  outcome,
                  hours,
                  e.completionDate(),
                  e.certificateId(),
                  e.outcomeBasis(),
                  e.overrideReasonCode(),
                  e.withdrawal(),
                  e.cancellationReasonCode(),
                  e.enrolledAt(),
                  e.updatedAt());
          publisher.publishEvent(new OutcomeRecorded(changed, cause));
        });
  }
}
