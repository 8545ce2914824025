package org.crewtraining.enrollment.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.contracts.EventType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.enrollment.support.TextColumns;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.api.Test;

class ErasureApiTest extends EnrollmentIntegrationTest {

  private record Person(String id, String name, String email, String organisation) {}

  private Person register() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Person person =
        new Person(
            null, "Erasable Yoon " + tag, "yoon." + tag + "@example.kr", "Erasable Studio " + tag);
    Map<String, Object> body = new HashMap<>();
    body.put("name", person.name());
    body.put("email", person.email());
    body.put("organisation", person.organisation());
    body.put("participantType", "INDUSTRY_WORKER");
    body.put("craft", "SOUND");
    body.put(
        "consents",
        List.of(
            Map.of("purpose", "TRAINING_ADMINISTRATION", "noticeVersion", "2026-01"),
            Map.of("purpose", "ALUMNI_NEWS", "noticeVersion", "2026-01")));
    Response created = api.post("/participants", body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return new Person(
        created.text("participantId"), person.name(), person.email(), person.organisation());
  }

  @Test
  void erasureDestroysThePersonalDataEverywhereKeepsTheIdAndPublishesOnce() {
    Person person = register();
    String programId = openProgramme(5, Audience.OPEN);
    Response enrolled = enrol(programId, person.id(), "Idempotency-Key", "erase-" + person.id());
    assertThat(enrolled.status()).isEqualTo(201);
    String enrollmentId = enrolled.text("enrollmentId");
    String note = "Moving to Busan with " + person.name();
    assertThat(
            api.post(
                    "/enrollments/" + enrollmentId + "/withdrawal",
                    Map.of("reasonCode", "PERSONAL", "note", note))
                .status())
        .isEqualTo(200);
    assertThat(TextColumns.holding(jdbc, person.email())).isNotEmpty();
    assertThat(TextColumns.holding(jdbc, person.name())).contains("participant.name");

    Response erased =
        api.post(
            "/participants/" + person.id() + "/erasure",
            Map.of("reasonCode", "DATA_SUBJECT_REQUEST"));

    assertThat(erased.status()).as(erased.raw().body()).isEqualTo(200);
    assertThat(erased.text("participantId")).isEqualTo(person.id());
    assertThat(erased.text("basis")).isEqualTo("REQUEST");
    assertThat(erased.text("reasonCode")).isEqualTo("DATA_SUBJECT_REQUEST");
    assertThat(TextColumns.count(jdbc)).isGreaterThan(20);
    for (String text : List.of(person.name(), person.email(), person.organisation(), note)) {
      assertThat(TextColumns.holding(jdbc, text)).as(text).isEmpty();
    }
    Response read = api.get("/participants/" + person.id());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("name").isNull()).isTrue();
    assertThat(read.body().get("erasure").get("basis").asString()).isEqualTo("REQUEST");
    assertThat(read.text("participantType")).isEqualTo("INDUSTRY_WORKER");
    // the enrolment stays, pseudonymous
    assertThat(api.get("/enrollments/" + enrollmentId).text("participantId"))
        .isEqualTo(person.id());

    List<Published> events = published.of(person.id());
    assertThat(events).hasSize(1);
    ParticipantErased event = (ParticipantErased) events.get(0).event();
    assertThat(EventType.of(event)).isEqualTo(EventType.PARTICIPANT_ERASED);
    assertThat(event.getParticipantId()).isEqualTo(person.id());
    assertThat(event.getBasis()).isEqualTo(ErasureBasis.REQUEST);
    assertThat(event.getReasonCode()).isEqualTo(ErasureReason.DATA_SUBJECT_REQUEST);
    assertThat(event.getErasedAt().toString()).isEqualTo(erased.text("erasedAt"));
    assertThat(event.getMetadata().getActor()).isEqualTo("operator");

    // Again: the first result, nothing written, no second event.
    long outbox = count("SELECT count(*) FROM outbox_event");
    Response again =
        api.post("/participants/" + person.id() + "/erasure", Map.of("reasonCode", "OTHER"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text("erasedAt")).isEqualTo(erased.text("erasedAt"));
    assertThat(again.text("reasonCode")).isEqualTo("DATA_SUBJECT_REQUEST");
    assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);

    // Nothing new for somebody who is gone.
    assertThat(enrol(openProgramme(5, Audience.OPEN), person.id()).status()).isEqualTo(404);
    Response consent =
        api.post("/participants/" + person.id() + "/consents/ALUMNI_NEWS/withdrawal", Map.of());
    assertThat(consent.status()).isEqualTo(409);
    assertThat(consent.text("code")).isEqualTo("participant-erased");
  }

  @Test
  void erasureDestroysTheAnswersOfTheParticipantsApplicationsAndKeepsTheApplication() {
    Person person = register();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String programId =
        openByApplication(
            5,
            Audience.OPEN,
            new Admission(
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)),
                List.of(ApplicationQuestion.MOTIVATION, ApplicationQuestion.PORTFOLIO_LINK),
                List.of(),
                72));
    String motivation = "I grew up on " + person.name() + "'s family film set";
    String portfolio = "https://portfolio.example.kr/" + person.id();
    Response applied =
        api.post(
            "/programs/" + programId + "/applications",
            Map.of(
                "participantId",
                person.id(),
                "answers",
                Map.of("MOTIVATION", motivation, "PORTFOLIO_LINK", portfolio)));
    assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
    String applicationId = applied.text("applicationId");
    assertThat(TextColumns.holding(jdbc, motivation)).isNotEmpty();

    Response erased =
        api.post(
            "/participants/" + person.id() + "/erasure",
            Map.of("reasonCode", "DATA_SUBJECT_REQUEST"));

    assertThat(erased.status()).as(erased.raw().body()).isEqualTo(200);
    assertThat(TextColumns.holding(jdbc, motivation)).isEmpty();
    assertThat(TextColumns.holding(jdbc, portfolio)).isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM application_answer WHERE application_id = ?", applicationId))
        .isZero();
    assertThat(count("SELECT count(*) FROM application WHERE application_id = ?", applicationId))
        .as("the application stays, pseudonymous, so the selection's figures still add up")
        .isEqualTo(1);
  }

  @Test
  void anUnknownParticipantOrABadReasonIsRefusedAndWritesNothing() {
    Person person = register();
    long outbox = count("SELECT count(*) FROM outbox_event");

    Response unknown =
        api.post("/participants/ptc-missing/erasure", Map.of("reasonCode", "DATA_SUBJECT_REQUEST"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    for (Object body :
        List.of(
            Map.of(),
            Map.of("reasonCode", "UNSPECIFIED"),
            Map.of("reasonCode", "RETENTION_PERIOD_ENDED"),
            Map.of("reasonCode", "BECAUSE"),
            Map.of("reasonCode", "OTHER", "note", "asked on the phone"))) {
      Response refused = api.post("/participants/" + person.id() + "/erasure", body);
      assertThat(refused.status()).as(body.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    assertThat(api.get("/participants/" + person.id()).text("email")).isEqualTo(person.email());
  }
}
