package org.crewtraining.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.reporting.projection.EnrollmentFiguresMigration;
import org.crewtraining.reporting.projection.PolledRecord;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * V6 stops storing each event's JSON: the trail renders it from the record's bytes when read. Rows
 * stored before keep the JSON they were stored with and are answered from it, text for text; rows
 * recorded after answer the same JSON for every event of the catalogue as the stored JSON did.
 */
class LeanAuditRowTest {

  /** What V2–V5 stored as the payload (the recorder's rendering, then PostgreSQL's jsonb). */
  private static final String STORED_BEFORE_V6 =
      """
      INSERT INTO audit_event (event_id, event_type, topic, kafka_partition, kafka_offset,
          record_key, occurred_at, source, correlation_id, causation_id, actor, program_id,
          participant_id, enrollment_id, payload, raw)
      VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
      """;

  private final PostgresTestDatabase.Database database = PostgresTestDatabase.create("audit_lean");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.url(), database.user(), database.password());
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  private final EventCodec codec = EventCodec.standard();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void rowsStoredWithTheirJsonAreAnsweredAsBeforeAndNewRowsRenderTheSameJsonFromTheirBytes() {
    migrate("5");
    List<SpecificRecord> events = catalogue();
    Map<UUID, String> answeredBefore = new HashMap<>();
    long offset = 0;
    for (SpecificRecord event : events) {
      storeAsBeforeV6(event, offset++);
    }
    // What the trail answered before V6: the jsonb column as text.
    jdbc.query(
        "SELECT event_id, payload::text FROM audit_event",
        rs -> {
          answeredBefore.put(rs.getObject(1, UUID.class), rs.getString(2));
        });

    migrate(null);
    var transactions = new DataSourceTransactionManager(dataSource);
    AuditStore store = new AuditStore(jdbc, dataSource, transactions, new RecordedJson(codec));
    // The same events again under new ids, recorded as the projection records them now.
    List<PolledRecord> polled = new ArrayList<>();
    Map<UUID, UUID> original = new HashMap<>();
    for (SpecificRecord event : events) {
      SpecificRecord again = SpecificData.get().deepCopy(event.getSchema(), event);
      UUID id = UUID.randomUUID();
      EventType.of(again).metadataOf(again).setEventId(id);
      original.put(id, EventType.of(event).metadataOf(event).getEventId());
      EventType type = EventType.of(again);
      polled.add(
          new PolledRecord(
              type.topic().topicName(),
              0,
              offset++,
              type.keyOf(again),
              codec.encode(again),
              again));
    }
    // In a transaction, as the projection's (AuditStore is no proxied bean here).
    new TransactionTemplate(transactions)
        .executeWithoutResult(tx -> new AuditRecorder(store).record(polled));
    assertThat(jdbc.queryForObject("SELECT count(payload) FROM audit_event", Long.class))
        .as("only the rows stored before V6 hold JSON")
        .isEqualTo(events.size());

    AuditPage page =
        store.page(
            new AuditFilter(null, null, null, null, null, null, PartnerScope.UNRESTRICTED),
            null,
            1000);
    assertThat(page.items()).hasSize(2 * events.size());
    for (AuditedEvent row : page.items()) {
      if (answeredBefore.containsKey(row.eventId())) {
        assertThat(row.payload()).isEqualTo(answeredBefore.get(row.eventId()));
      } else {
        String before = answeredBefore.get(original.get(row.eventId()));
        assertThat(json.readTree(row.payload()))
            .as(row.type())
            .isEqualTo(
                json.readTree(
                    before.replace(
                        original.get(row.eventId()).toString(), row.eventId().toString())));
      }
    }
  }

  /** Every event of the catalogue, and one whose text needs escaping (quotes, NUL, non-ASCII). */
  private static List<SpecificRecord> catalogue() {
    List<SpecificRecord> events = new ArrayList<>(SampleEvents.all().values());
    ProgramCreated awkward = (ProgramCreated) SampleEvents.of(EventType.PROGRAM_CREATED);
    awkward.getMetadata().setEventId(UUID.randomUUID());
    awkward.setTitle("Grading \"dailies\" \\ night\u0000shoot — Farbkorrektur ü\n\t");
    events.add(awkward);
    return events;
  }

  private void storeAsBeforeV6(SpecificRecord event, long offset) {
    EventType type = EventType.of(event);
    var meta = type.metadataOf(event);
    jdbc.update(
        STORED_BEFORE_V6,
        meta.getEventId(),
        type.simpleName(),
        type.topic().topicName(),
        offset,
        type.keyOf(event),
        meta.getOccurredAt().atOffset(ZoneOffset.UTC),
        meta.getSource(),
        meta.getCorrelationId(),
        meta.getCausationId(),
        meta.getActor(),
        type.programIdOf(event),
        type.participantIdOf(event),
        type.enrollmentIdOf(event),
        EventJson.toJson(event).replace("\\u0000", "\\ufffd"),
        codec.encode(event));
  }

  private void migrate(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/reporting", "classpath:db/support")
            .javaMigrations(new EnrollmentFiguresMigration())
            .cleanDisabled(true);
    if (target != null) {
      configuration.target(target);
    }
    configuration.load().migrate();
  }
}
