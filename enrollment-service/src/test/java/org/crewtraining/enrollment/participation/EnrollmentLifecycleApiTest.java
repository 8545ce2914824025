package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.Events;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentStatus;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every seat transition, checked in the database, the API and on the broker. */
class EnrollmentLifecycleApiTest extends EnrollmentIntegrationTest {

  @Test
  void confirmsWhileSeatsRemainThenWaitlistsAndPublishesEachTransition() {
    String programId = openProgramme(2, Audience.OPEN);
    String worker = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String student = registerParticipant(ParticipantType.UNIVERSITY_STUDENT);
    String third = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String fourth = registerParticipant(ParticipantType.UNIVERSITY_STUDENT);

    Response first = enrol(programId, worker, "X-Correlation-Id", "corr-first");
    Response second = enrol(programId, student);
    Response waiting1 = enrol(programId, third);
    Response waiting2 = enrol(programId, fourth);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.text("status")).isEqualTo("CONFIRMED");
    assertThat(first.header("Location")).isEqualTo("/enrollments/" + first.text("enrollmentId"));
    assertThat(second.text("status")).isEqualTo("CONFIRMED");
    assertThat(waiting1.text("status")).isEqualTo("WAITLISTED");
    assertThat(waiting1.body().get("waitlistPosition").asInt()).isEqualTo(1);
    assertThat(waiting2.body().get("waitlistPosition").asInt()).isEqualTo(2);
    assertThat(api.get("/programs/" + programId + "/roster").body()).hasSize(2);
    assertThat(api.get("/programs/" + programId + "/waitlist").body())
        .extracting(n -> n.get("participantId").asString())
        .containsExactly(third, fourth);
    assertThat(api.get("/participants/" + worker + "/enrollments").body())
        .extracting(n -> n.get("programId").asString())
        .containsExactly(programId);

    List<Published> events = published.of(programId);
    assertThat(events).extracting(Published::event).hasSize(4);
    EnrollmentConfirmed confirmed = (EnrollmentConfirmed) events.get(0).event();
    assertThat(confirmed.getEnrollmentId()).isEqualTo(first.text("enrollmentId"));
    assertThat(confirmed.getParticipantId()).isEqualTo(worker);
    assertThat(confirmed.getParticipantType().name()).isEqualTo("INDUSTRY_WORKER");
    assertThat(confirmed.getCraft()).isEqualTo(CraftTrack.VFX);
    assertThat(((EnrollmentConfirmed) events.get(1).event()).getParticipantId()).isEqualTo(student);
    EnrollmentWaitlisted waitlisted = (EnrollmentWaitlisted) events.get(2).event();
    assertThat(waitlisted.getParticipantId()).isEqualTo(third);
    assertThat(waitlisted.getPosition()).isEqualTo(1);
    assertThat(((EnrollmentWaitlisted) events.get(3).event()).getPosition()).isEqualTo(2);

    Published record = events.get(0);
    EventMetadata metadata = Events.metadataOf(record.event());
    assertThat(record.key()).isEqualTo(programId);
    assertThat(record.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    assertThat(record.header(CloudEventHeaders.ID)).isEqualTo(metadata.getEventId().toString());
    assertThat(record.header(CloudEventHeaders.TYPE))
        .isEqualTo("org.crewtraining.events.enrollments.EnrollmentConfirmed");
    assertThat(record.header(CloudEventHeaders.SOURCE)).isEqualTo("enrollment-service");
    assertThat(record.header(CloudEventHeaders.SUBJECT)).isEqualTo(programId);
    assertThat(record.header(CloudEventHeaders.CORRELATION_ID)).isEqualTo("corr-first");
    assertThat(record.header(CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/avro");
    assertThat(metadata.getCorrelationId()).isEqualTo("corr-first");
  }

  @Test
  void withdrawingAConfirmedParticipantPromotesTheHeadOfTheWaitlist() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String a = enrolledId(programId);
    String b = enrolledId(programId);
    String c = enrolledId(programId);

    Response withdrawn =
        api.post(
            "/enrollments/" + a + "/withdrawal",
            Map.of(
                "reasonCode", "WORK_COMMITMENT", "note", "Called onto the Netflix shoot in Jeju"),
            "X-Correlation-Id",
            "corr-withdraw");

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    JsonNode withdrawal = api.get("/enrollments/" + a).body().get("withdrawal");
    assertThat(withdrawal.get("reasonCode").asString()).isEqualTo("WORK_COMMITMENT");
    assertThat(withdrawal.get("note").asString())
        .isEqualTo("Called onto the Netflix shoot in Jeju");
    assertThat(statusOf(b)).isEqualTo("CONFIRMED");
    assertThat(api.get("/enrollments/" + c).body().get("waitlistPosition").asInt()).isEqualTo(1);

    List<SpecificRecord> events = events(programId);
    assertThat(events).hasSize(5);
    EnrollmentWithdrawn w = (EnrollmentWithdrawn) events.get(3);
    assertThat(w.getEnrollmentId()).isEqualTo(a);
    assertThat(w.getPreviousStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
    assertThat(w.getReasonCode()).isEqualTo(WithdrawalReason.WORK_COMMITMENT);
    assertThat(w.getReason()).isNull();
    EnrollmentPromoted p = (EnrollmentPromoted) events.get(4);
    assertThat(p.getEnrollmentId()).isEqualTo(b);
    assertThat(p.getPreviousPosition()).isEqualTo(1);
    assertThat(p.getMetadata().getCausationId()).isEqualTo(w.getMetadata().getEventId().toString());
    assertThat(p.getMetadata().getCorrelationId()).isEqualTo("corr-withdraw");
    assertThat(api.post("/enrollments/" + a + "/withdrawal", "").status()).isEqualTo(409);
  }

  @Test
  void leavingTheWaitlistMovesLaterPositionsUpWithoutPromotingAnyone() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    enrolledId(programId);
    String b = enrolledId(programId);
    String c = enrolledId(programId);
    String d = enrolledId(programId);

    assertThat(api.post("/enrollments/" + c + "/withdrawal", "").status()).isEqualTo(200);

    assertThat(positionOf(b)).isEqualTo(1);
    assertThat(positionOf(d)).isEqualTo(2);
    List<SpecificRecord> events = events(programId);
    assertThat(events).hasSize(5);
    EnrollmentWithdrawn w = (EnrollmentWithdrawn) events.get(4);
    assertThat(w.getPreviousStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
    assertThat(w.getReasonCode()).isEqualTo(WithdrawalReason.UNSPECIFIED);
    assertThat(w.getReason()).isNull();
    JsonNode withdrawal = api.get("/enrollments/" + c).body().get("withdrawal");
    assertThat(withdrawal.get("reasonCode").asString()).isEqualTo("UNSPECIFIED");
    assertThat(withdrawal.get("note").isNull()).isTrue();
  }

  @Test
  void raisingCapacityPromotesFromTheWaitlistInOrder() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    enrolledId(programId);
    String b = enrolledId(programId);
    String c = enrolledId(programId);
    String d = enrolledId(programId);

    ProgramCapacityChanged raised =
        new ProgramCapacityChanged(programServiceMetadata(), programId, 1, 3);
    sendProgramEvent(raised);

    assertThat(statusOf(b)).isEqualTo("CONFIRMED");
    assertThat(statusOf(c)).isEqualTo("CONFIRMED");
    assertThat(positionOf(d)).isEqualTo(1);
    List<SpecificRecord> events = events(programId);
    assertThat(events).hasSize(6);
    List<EnrollmentPromoted> promoted =
        events.subList(4, 6).stream().map(EnrollmentPromoted.class::cast).toList();
    assertThat(promoted).extracting(EnrollmentPromoted::getEnrollmentId).containsExactly(b, c);
    assertThat(promoted).extracting(EnrollmentPromoted::getPreviousPosition).containsExactly(1, 2);
    assertThat(promoted)
        .allSatisfy(
            p -> {
              assertThat(p.getMetadata().getCausationId())
                  .isEqualTo(raised.getMetadata().getEventId().toString());
              assertThat(p.getMetadata().getCorrelationId())
                  .isEqualTo(raised.getMetadata().getCorrelationId());
            });
  }

  @Test
  void loweringCapacityKeepsEveryConfirmedSeatAndNewcomersWaitUntilBelowIt() {
    String programId = openProgramme(3, Audience.INDUSTRY_WORKER);
    String a = enrolledId(programId);
    String b = enrolledId(programId);
    String c = enrolledId(programId);

    sendProgramEvent(new ProgramCapacityChanged(programServiceMetadata(), programId, 3, 1));

    assertThat(List.of(statusOf(a), statusOf(b), statusOf(c))).containsOnly("CONFIRMED");
    String d = enrolledId(programId);
    assertThat(positionOf(d)).isEqualTo(1);
    api.post("/enrollments/" + a + "/withdrawal", "");
    api.post("/enrollments/" + b + "/withdrawal", "");
    assertThat(positionOf(d)).as("2 confirmed, capacity 1: still waiting").isEqualTo(1);
    api.post("/enrollments/" + c + "/withdrawal", "");
    assertThat(statusOf(d)).as("0 confirmed, capacity 1: promoted").isEqualTo("CONFIRMED");
    assertThat(events(programId))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "EnrollmentConfirmed",
            "EnrollmentConfirmed",
            "EnrollmentConfirmed",
            "EnrollmentWaitlisted",
            "EnrollmentWithdrawn",
            "EnrollmentWithdrawn",
            "EnrollmentWithdrawn",
            "EnrollmentPromoted");
  }

  @Test
  void cancellingTheProgrammeCancelsEveryActiveEnrollment() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String a = enrolledId(programId);
    String b = enrolledId(programId);
    String c = enrolledId(programId);
    api.post("/enrollments/" + c + "/withdrawal", "");

    ProgramCancelled cancelled =
        ProgramCancelled.newBuilder()
            .setMetadata(programServiceMetadata())
            .setProgramId(programId)
            .setReasonCode(ProgramCancellationReason.VENUE_UNAVAILABLE)
            .build();
    sendProgramEvent(cancelled);

    assertThat(List.of(statusOf(a), statusOf(b), statusOf(c)))
        .containsExactly("CANCELLED", "CANCELLED", "WITHDRAWN");
    assertThat(api.get("/enrollments/" + b).body().get("waitlistPosition").isNull()).isTrue();
    assertThat(api.get("/enrollments/" + b).text("cancellationReasonCode"))
        .isEqualTo("VENUE_UNAVAILABLE");
    List<SpecificRecord> events = events(programId);
    assertThat(events).hasSize(6);
    List<EnrollmentCancelled> cancellations =
        events.subList(4, 6).stream().map(EnrollmentCancelled.class::cast).toList();
    assertThat(cancellations)
        .extracting(EnrollmentCancelled::getEnrollmentId)
        .containsExactly(a, b);
    assertThat(cancellations)
        .extracting(EnrollmentCancelled::getPreviousStatus)
        .containsExactly(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
    assertThat(cancellations)
        .allSatisfy(
            e -> {
              assertThat(e.getReasonCode()).isEqualTo(ProgramCancellationReason.VENUE_UNAVAILABLE);
              assertThat(e.getReason()).isEmpty();
              assertThat(e.getMetadata().getCausationId())
                  .isEqualTo(cancelled.getMetadata().getEventId().toString());
            });
    Response late = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("code")).isEqualTo("program-not-open");
  }

  private String enrolledId(String programId) {
    Response response = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("enrollmentId");
  }

  private String statusOf(String enrollmentId) {
    return api.get("/enrollments/" + enrollmentId).text("status");
  }

  private int positionOf(String enrollmentId) {
    Response response = api.get("/enrollments/" + enrollmentId);
    assertThat(response.text("status")).isEqualTo("WAITLISTED");
    return response.body().get("waitlistPosition").asInt();
  }

  private List<SpecificRecord> events(String programId) {
    return published.of(programId).stream().map(Published::event).toList();
  }
}
