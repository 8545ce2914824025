package org.crewtraining.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.participantA;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every event lands once in the trail; queries, keyset paging, export and immutability. */
class AuditTrailTest extends IntegrationTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditStore store;

  private String x;
  private List<SpecificRecord> events;

  @BeforeEach
  void publishScenario() {
    x = newPrefix();
    events = Scenarios.all(x);
    publish(events);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id LIKE ?",
                        Long.class,
                        x + "-%")
                    == events.size());
  }

  @Test
  void aProgrammesHistoryPagesStablyInTimeOrderWithDecodedPayloads() {
    List<String> expected = idsWhere(e -> p1(x).equals(Events.programIdOf(e)));
    List<String> seen = new ArrayList<>();
    List<String> times = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String body =
          ok(
              "/api/audit/events?size=4&programId="
                  + p1(x)
                  + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(JsonPath.read(body, "$.items[*].eventId"));
      times.addAll(JsonPath.read(body, "$.items[*].occurredAt"));
      assertThat((List<String>) JsonPath.read(body, "$.items[*].payload.programId"))
          .containsOnly(p1(x));
      cursor = JsonPath.read(body, "$.nextCursor");
      pages++;
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected); // published in time order
    assertThat(pages).isEqualTo((expected.size() + 3) / 4);
    assertThat(times).isSorted();
    String first = ok("/api/audit/events?size=1&programId=" + p1(x));
    assertThat((String) JsonPath.read(first, "$.items[0].type")).isEqualTo("ProgramCreated");
    assertThat((String) JsonPath.read(first, "$.items[0].topic"))
        .isEqualTo("training.program-events");
    assertThat((String) JsonPath.read(first, "$.items[0].key")).isEqualTo(p1(x));
    assertThat((String) JsonPath.read(first, "$.items[0].source")).isEqualTo("program-service");
    assertThat((String) JsonPath.read(first, "$.items[0].correlationId")).isEqualTo("corr");
    assertThat((String) JsonPath.read(first, "$.items[0].payload.title"))
        .isEqualTo("Colour grading for series");
  }

  @Test
  void filtersByParticipantEnrollmentTypeAndTimeRange() {
    String a = participantA(x);
    assertThat(idsOf("participantId=" + a))
        .containsExactlyElementsOf(idsWhere(e -> a.equals(field(e, "participantId"))));
    assertThat(idsOf("enrollmentId=" + x + "-e3")).hasSize(3);
    assertThat(idsOf("programId=" + p1(x) + "&type=CompletionRecorded")).hasSize(2);

    Instant from = Events.metadataOf(events.get(3)).getOccurredAt();
    Instant to = Events.metadataOf(events.get(8)).getOccurredAt();
    assertThat(idsOf("from=" + from + "&to=" + to + "&programId=" + p1(x)))
        .containsExactlyElementsOf(
            idsWhere(
                e -> {
                  Instant at = Events.metadataOf(e).getOccurredAt();
                  return p1(x).equals(Events.programIdOf(e))
                      && !at.isBefore(from)
                      && !at.isAfter(to);
                }));
    assertThat(Http.get(port, "/api/audit/events?cursor=garbage").statusCode()).isEqualTo(400);
  }

  @Test
  void completionMetricsAreAuditedToo() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !idsOf("type=CompletionMetricsUpdated").isEmpty());
  }

  @Test
  void anEventOnAnotherTopicIsNotRecorded() {
    String y = newPrefix();
    List<SpecificRecord> scenario = Scenarios.all(y);
    SpecificRecord misplaced =
        org.apache.avro.specific.SpecificData.get()
            .deepCopy(scenario.get(0).getSchema(), scenario.get(0));
    org.crewtraining.contracts.Events.metadataOf(misplaced).setEventId(java.util.UUID.randomUUID());
    String key = org.crewtraining.contracts.EventType.of(misplaced).keyOf(misplaced);
    // Ahead of the programme's enrollment events on the same partition of the wrong topic.
    kafka.send(org.crewtraining.contracts.Topic.ENROLLMENT_EVENTS.topicName(), key, misplaced);
    publish(scenario);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                countOf("SELECT count(*) FROM audit_event WHERE program_id LIKE ?", y + "-%")
                    >= scenario.size());
    assertThat(countOf("SELECT count(*) FROM audit_event WHERE program_id LIKE ?", y + "-%"))
        .isEqualTo(scenario.size());
    assertThat(
            countOf(
                "SELECT count(*) FROM audit_event WHERE event_id = ?::uuid",
                org.crewtraining.contracts.Events.metadataOf(misplaced).getEventId().toString()))
        .isZero();
  }

  private long countOf(String sql, Object arg) {
    return jdbc.queryForObject(sql, Long.class, arg);
  }

  @Test
  void theTrailIsInsertOnlyAndRecordsAnEventOnce() {
    assertRefused(() -> jdbc.update("UPDATE audit_event SET source = 'forged'"));
    assertRefused(() -> jdbc.update("DELETE FROM audit_event WHERE program_id = ?", p1(x)));
    assertRefused(() -> jdbc.execute("TRUNCATE audit_event"));

    AuditedEvent recorded =
        jdbc.queryForObject(
            "SELECT " + AuditStore.COLUMNS + " FROM audit_event WHERE program_id = ? LIMIT 1",
            (rs, n) -> store.event(rs),
            p1(x));
    long before = jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
    store.insert(List.of(new AuditStore.Entry(recorded, new byte[] {1})));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class))
        .isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "SELECT raw <> '\\x01'::bytea FROM audit_event WHERE event_id = ?",
                Boolean.class,
                recorded.eventId()))
        .as("the first recording is kept")
        .isTrue();
  }

  @Test
  void aBatchIsStoredAsGivenWhetherCopiedOrInsertedAroundARecordedEvent() {
    AuditedEvent recorded =
        jdbc.queryForObject(
            "SELECT " + AuditStore.COLUMNS + " FROM audit_event WHERE program_id = ? LIMIT 1",
            (rs, n) -> store.event(rs),
            p1(x));
    // One batch of new events only (the COPY), one with an event recorded before (the insert).
    AuditedEvent copied = withoutIds(recorded, Instant.parse("0001-01-01T00:00:00.123Z"));
    AuditedEvent inserted = withoutIds(recorded, Instant.parse("2031-07-09T10:11:12.345Z"));
    // The recorded event's bytes (binary, from 0x00 on): the payload read back is rendered from
    // them.
    byte[] raw =
        jdbc.queryForObject(
            "SELECT raw FROM audit_event WHERE event_id = ?", byte[].class, recorded.eventId());
    store.insert(List.of(new AuditStore.Entry(copied, raw)));
    store.insert(
        List.of(
            new AuditStore.Entry(recorded, new byte[] {1}), new AuditStore.Entry(inserted, raw)));

    for (AuditedEvent written : List.of(copied, inserted)) {
      AuditedEvent stored =
          jdbc.queryForObject(
              "SELECT " + AuditStore.COLUMNS + " FROM audit_event WHERE event_id = ?",
              (rs, n) -> store.event(rs),
              written.eventId());
      assertThat(stored).isEqualTo(written);
      assertThat(
              jdbc.queryForObject(
                  "SELECT raw FROM audit_event WHERE event_id = ?",
                  byte[].class,
                  written.eventId()))
          .isEqualTo(raw);
    }
  }

  /**
   * The recorded event's payload under a new id, at another time, with every nullable column null;
   * on the metrics topic, which no fold reads back from the trail (its bytes are no event of it).
   */
  private static AuditedEvent withoutIds(AuditedEvent e, Instant at) {
    return new AuditedEvent(
        UUID.randomUUID(),
        "CompletionMetricsUpdated",
        Topic.COMPLETION_METRICS.topicName(),
        e.partition(),
        e.offset() + 1_000_000,
        null,
        at,
        "Söurce \"quoted\"",
        null,
        null,
        null,
        null,
        null,
        null,
        e.payload());
  }

  @Test
  void exportIsJsonLinesOfTheFilteredHistory() {
    HttpResponse<String> response = Http.get(port, "/api/audit/export?programId=" + p1(x));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/jsonl");
    List<String> lines = response.body().lines().toList();
    List<String> ids = lines.stream().map(l -> (String) JsonPath.read(l, "$.eventId")).toList();
    assertThat(ids).containsExactlyElementsOf(idsWhere(e -> p1(x).equals(Events.programIdOf(e))));
    assertThat((String) JsonPath.read(lines.get(0), "$.payload.title"))
        .isEqualTo("Colour grading for series");
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable sql) {
    assertThatThrownBy(sql)
        .isInstanceOf(DataAccessException.class)
        .satisfies(
            e ->
                assertThat(((DataAccessException) e).getMostSpecificCause().getMessage())
                    .contains("append-only"));
  }

  private List<String> idsOf(String query) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      String body =
          ok("/api/audit/events?size=1000&" + query + (cursor == null ? "" : "&cursor=" + cursor));
      ids.addAll(JsonPath.read(body, "$.items[*].eventId"));
      cursor = JsonPath.read(body, "$.nextCursor");
    } while (cursor != null);
    return ids;
  }

  private List<String> idsWhere(java.util.function.Predicate<SpecificRecord> test) {
    return events.stream()
        .filter(test)
        .map(e -> Events.metadataOf(e).getEventId().toString())
        .toList();
  }

  private static Object field(SpecificRecord event, String name) {
    var field = event.getSchema().getField(name);
    return field == null ? null : event.get(field.pos());
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    return response.body();
  }
}
