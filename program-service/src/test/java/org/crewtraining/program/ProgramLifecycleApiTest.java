package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each operation answers as documented and emits exactly its event: payload, key, headers. */
class ProgramLifecycleApiTest extends ProgramServiceIntegrationTest {

  private static final String[] OPERATOR = {
    // A client-supplied actor is not believed: events name the authenticated account.
    "X-Correlation-Id", "corr-lifecycle", "X-Actor", "someone-else@kocca"
  };

  @Test
  void createAnswers201AndEmitsExactlyProgramCreated() {
    HttpApi.Response created = api().post("/programs", ProgramRequests.create(), OPERATOR);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("programId").asString();
    assertThat(id).startsWith("prg-");
    assertThat(created.header("Location")).isEqualTo("/programs/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.header("X-Correlation-Id")).isEqualTo("corr-lifecycle");
    assertThat(body.get("status").asString()).isEqualTo("DRAFT");
    assertThat(api().get("/programs/" + id).json()).isEqualTo(body);

    List<ConsumerRecord<String, SpecificRecord>> records = eventsOf(id, 1);
    assertThat(records).hasSize(1);
    ProgramCreated event = (ProgramCreated) records.get(0).value();
    EventMetadata metadata = assertEnvelope(records.get(0), EventType.PROGRAM_CREATED, id);
    assertThat(metadata.getOccurredAt()).isEqualTo(Instant.parse(body.get("createdAt").asString()));
    ProgramCreated expected =
        ProgramCreated.newBuilder()
            .setMetadata(metadata)
            .setProgramId(id)
            .setTitle("Colour grading for streaming series")
            .setPartners(List.of("KOCCA", "Busan Film Commission"))
            .setFormat(ProgramFormat.SHORT_COURSE)
            .setTrack(CraftTrack.POST_PRODUCTION)
            .setAudience(Audience.INDUSTRY_WORKER)
            .setCapacity(20)
            .setStartDate(LocalDate.of(2026, 3, 2))
            .setEndDate(LocalDate.of(2026, 3, 27))
            .setDeliveryMode(DeliveryMode.HYBRID)
            .setCohortYear(2026)
            .setLocation("Busan Cinema Center")
            .setPlannedHours(40)
            .setInstructionLanguage("ko")
            .build();
    assertThat(event).isEqualTo(expected);
  }

  @Test
  void scheduleCapacityPublishAndCloseEachEmitTheirEventInOrder() {
    String id = createProgram(ProgramRequests.create());

    HttpApi.Response schedule =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of(
                    "startDate",
                    "2026-04-06",
                    "endDate",
                    "2026-05-01",
                    "reasonCode",
                    "VENUE_AVAILABILITY",
                    "note",
                    "Sangam studio 3 flooded; ask 김지수 at jisu.kim@example.kr"),
                OPERATOR);
    assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
    assertThat(schedule.header("ETag")).isEqualTo("\"2\"");
    assertThat(schedule.json().get("startDate").asString()).isEqualTo("2026-04-06");
    assertThat(api().get("/programs/" + id).json().get("scheduleChange"))
        .isEqualTo(
            HttpApi.JSON.valueToTree(
                Map.of(
                    "reasonCode",
                    "VENUE_AVAILABILITY",
                    "note",
                    "Sangam studio 3 flooded; ask 김지수 at jisu.kim@example.kr")));
    HttpApi.Response capacity =
        api().put("/programs/" + id + "/capacity", Map.of("capacity", 25), OPERATOR);
    assertThat(capacity.json().get("capacity").asInt()).isEqualTo(25);
    HttpApi.Response sameCapacity =
        api().put("/programs/" + id + "/capacity", Map.of("capacity", 25), OPERATOR);
    assertThat(sameCapacity.status()).isEqualTo(200);
    assertThat(sameCapacity.header("ETag")).as("no-op keeps the version").isEqualTo("\"3\"");
    HttpApi.Response published = api().post("/programs/" + id + "/publish", null, OPERATOR);
    assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
    HttpApi.Response closed = api().post("/programs/" + id + "/close", null, OPERATOR);
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.header("ETag")).isEqualTo("\"5\"");

    List<ConsumerRecord<String, SpecificRecord>> records = eventsOf(id, 5);
    assertThat(records)
        .extracting(r -> r.value().getClass().getSimpleName())
        .containsExactly(
            "ProgramCreated",
            "ProgramScheduleChanged",
            "ProgramCapacityChanged",
            "ProgramPublished",
            "ProgramClosed");
    assertThat(records.get(1).value())
        .isEqualTo(
            new ProgramScheduleChanged(
                assertEnvelope(records.get(1), EventType.PROGRAM_SCHEDULE_CHANGED, id),
                id,
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                null,
                ScheduleChangeReason.VENUE_AVAILABILITY));
    assertNoteNeverLeft(id, "jisu.kim");
    assertThat(records.get(2).value())
        .isEqualTo(
            new ProgramCapacityChanged(
                assertEnvelope(records.get(2), EventType.PROGRAM_CAPACITY_CHANGED, id),
                id,
                20,
                25));
    assertThat(records.get(3).value())
        .isEqualTo(
            new ProgramPublished(
                assertEnvelope(records.get(3), EventType.PROGRAM_PUBLISHED, id),
                id,
                // No rule was set: the default one is frozen, never null (legacy only).
                new CompletionRule(80, List.of(), false),
                null));
    assertThat(records.get(4).value())
        .isEqualTo(
            new ProgramClosed(assertEnvelope(records.get(4), EventType.PROGRAM_CLOSED, id), id));
    assertThat(records.get(4).partition()).isEqualTo(records.get(0).partition());
  }

  @Test
  void cancelCarriesTheReasonCodeAndAFinalProgrammeRefusesEveryChangeWith409() {
    String id = createProgram(ProgramRequests.create());
    api().post("/programs/" + id + "/publish", null);
    String note = "박 감독님 입원 (010-1234-5678), 대체 강사 없음";
    HttpApi.Response cancelled =
        api()
            .post(
                "/programs/" + id + "/cancel",
                Map.of("reasonCode", "INSTRUCTOR_UNAVAILABLE", "note", note),
                OPERATOR);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    JsonNode cancellation = api().get("/programs/" + id).json().get("cancellation");
    assertThat(cancellation.get("reasonCode").asString()).isEqualTo("INSTRUCTOR_UNAVAILABLE");
    assertThat(cancellation.get("note").asString()).isEqualTo(note);
    assertThat(cancelled.json().get("cancellation")).isEqualTo(cancellation);

    List<HttpApi.Response> refused =
        List.of(
            api().post("/programs/" + id + "/publish", null),
            api().post("/programs/" + id + "/close", null),
            api().post("/programs/" + id + "/cancel", Map.of("reasonCode", "OTHER")),
            api().put("/programs/" + id + "/capacity", Map.of("capacity", 30)),
            api()
                .put(
                    "/programs/" + id + "/schedule",
                    Map.of("startDate", "2026-04-06", "endDate", "2026-05-01")));
    assertThat(refused).extracting(HttpApi.Response::status).containsOnly(409);
    assertThat(refused.get(0).header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.get(0).json().get("code").asString()).isEqualTo("illegal-transition");

    List<ConsumerRecord<String, SpecificRecord>> records = eventsOf(id, 3);
    assertThat(records).hasSize(3);
    assertThat(records.get(2).value())
        .isEqualTo(
            new ProgramCancelled(
                assertEnvelope(records.get(2), EventType.PROGRAM_CANCELLED, id),
                id,
                "",
                ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE));
    assertThat(outboxRowsOf(id)).isEqualTo(3);
    assertNoteNeverLeft(id, "010-1234-5678");
    assertNoteNeverLeft(id, "대체 강사");
  }

  @Test
  void aDraftCannotBeClosedAndAPublishedOneCannotBePublishedAgain() {
    String id = createProgram(ProgramRequests.create());
    assertThat(api().post("/programs/" + id + "/close", null).status()).isEqualTo(409);
    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(409);
    assertThat(outboxRowsOf(id)).isEqualTo(2);
  }

  @Test
  void unknownIdsAre404ProblemsForEveryOperation() {
    String id = "prg-does-not-exist";
    List<HttpApi.Response> responses =
        List.of(
            api().get("/programs/" + id),
            api().post("/programs/" + id + "/publish", null),
            api().post("/programs/" + id + "/close", null),
            api().post("/programs/" + id + "/cancel", Map.of("reasonCode", "OTHER")),
            api().put("/programs/" + id + "/capacity", Map.of("capacity", 3)),
            api()
                .put(
                    "/programs/" + id + "/schedule",
                    Map.of("startDate", "2026-04-06", "endDate", "2026-05-01")));
    assertThat(responses).extracting(HttpApi.Response::status).containsOnly(404);
    assertThat(responses)
        .extracting(r -> r.json().get("code").asString())
        .containsOnly("not-found");
    assertThat(outboxRowsOf(id)).isZero();
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response stale =
        api().put("/programs/" + id + "/capacity", Map.of("capacity", 30), "If-Match", "\"7\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("version-mismatch");
    HttpApi.Response current =
        api().put("/programs/" + id + "/capacity", Map.of("capacity", 30), "If-Match", "\"1\"");
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.header("ETag")).isEqualTo("\"2\"");
    assertThat(outboxRowsOf(id)).isEqualTo(2);
  }

  /** The note stays in program-service: no outbox payload (= the bytes on the bus) contains it. */
  private void assertNoteNeverLeft(String programId, String fragment) {
    byte[] needle = fragment.getBytes(StandardCharsets.UTF_8);
    List<byte[]> payloads =
        jdbc.sql("SELECT payload FROM outbox_event WHERE record_key = ?")
            .param(programId)
            .query((rs, n) -> rs.getBytes(1))
            .list();
    assertThat(payloads).isNotEmpty();
    assertThat(payloads)
        .noneSatisfy(
            bytes ->
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                    .contains(new String(needle, StandardCharsets.ISO_8859_1)));
  }

  /** ce_* headers mirror the payload's metadata; key and subject are the programme id. */
  static EventMetadata assertEnvelope(
      ConsumerRecord<String, SpecificRecord> record, EventType type, String programId) {
    EventMetadata metadata = Events.metadataOf(record.value());
    assertThat(record.key()).isEqualTo(programId);
    assertThat(record.topic()).isEqualTo(type.topic().topicName());
    assertThat(metadata.getSource()).isEqualTo("program-service");
    assertThat(metadata.getCausationId()).isNull();
    if (metadata.getCorrelationId().equals("corr-lifecycle")) {
      assertThat(metadata.getActor()).isEqualTo("operator");
    }
    assertThat(headers(record))
        .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
        .containsEntry(CloudEventHeaders.ID, metadata.getEventId().toString())
        .containsEntry(CloudEventHeaders.TYPE, type.fullName())
        .containsEntry(CloudEventHeaders.SOURCE, "program-service")
        .containsEntry(CloudEventHeaders.SUBJECT, programId)
        .containsEntry(CloudEventHeaders.TIME, metadata.getOccurredAt().toString())
        .containsEntry(CloudEventHeaders.CORRELATION_ID, metadata.getCorrelationId())
        .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/avro")
        .doesNotContainKey(CloudEventHeaders.CAUSATION_ID);
    return metadata;
  }

  private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
    Map<String, String> headers = new java.util.HashMap<>();
    record
        .headers()
        .forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
    return headers;
  }
}
