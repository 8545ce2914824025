package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.support.idempotency.IdempotencyKeyReuseException;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox, relay, idempotency and processed-event claims on real PostgreSQL and a real broker. */
/* Closed while its embedded broker still runs: a context closed at JVM exit waits on a dead broker. */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      // Ten minutes: within the tests' time limits only a commit can wake the relay.
      "crew.outbox.poll-interval-ms=600000"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
class OutboxIntegrationTest {

  @Autowired OutboxWriter outbox;
  @Autowired OutboxMonitor monitor;
  @Autowired ProcessedEvents processed;
  @Autowired IdempotentRequests idempotent;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired OutboxRelay relay;
  @Autowired DataSource dataSource;

  @Test
  void committedEventsArePublishedOnceInOrderAndRolledBackOnesNever() {
    String programId = "prg-" + UUID.randomUUID();
    SpecificRecord created = SampleEvents.programCreated(programId, 10);
    SpecificRecord published =
        new ProgramPublished(SampleEvents.metadata("program-service"), programId, null, null);
    SpecificRecord rolledBack =
        new ProgramPublished(
            SampleEvents.metadata("program-service"), programId + "-rollback", null, null);

    transactions.executeWithoutResult(
        status -> {
          outbox.append(created);
          outbox.append(published);
        });
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      outbox.append(rolledBack);
                      throw new IllegalStateException("business rule failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    List<ConsumerRecord<String, SpecificRecord>> received = consumeUntil(programId, 2);
    assertThat(received).extracting(ConsumerRecord::value).containsExactly(created, published);
    await().untilAsserted(() -> assertThat(monitor.backlog().unsent()).isZero());
    assertThat(
            jdbc.sql("SELECT count(*) FROM outbox_event WHERE starts_with(record_key, ?)")
                .param(programId)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void eachCommitWakesTheRelayWithoutWaitingForItsPoll() {
    for (int i = 0; i < 3; i++) {
      String programId = "prg-" + UUID.randomUUID();
      SpecificRecord created = SampleEvents.programCreated(programId, 10);
      transactions.executeWithoutResult(status -> outbox.append(created));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(monitor.backlog().unsent()).isZero());
    }
  }

  @Test
  void whileAnotherInstanceHoldsTheRelayLockNothingIsTakenThenItAllLeavesOnce() throws Exception {
    String programId = "prg-" + UUID.randomUUID();
    SpecificRecord created = SampleEvents.programCreated(programId, 10);
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, OutboxRelay.RELAY_LOCK);
        lock.execute();
      }
      transactions.executeWithoutResult(status -> outbox.append(created));

      assertThat(relay.relayOnce()).isZero(); // not the leader: takes and marks nothing
      assertThat(unsentOf(programId)).isEqualTo(1);
      other.rollback(); // the other instance's relay transaction ends
    }

    await() // this relay, or its loop if a wake-up was still pending, sends it now
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              relay.relayOnce();
              assertThat(unsentOf(programId)).isZero();
            });
    assertThat(consumeUntil(programId, 1))
        .extracting(ConsumerRecord::value)
        .containsExactly(created);
  }

  private long unsentOf(String programId) {
    return jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ? AND sent_at IS NULL")
        .param(programId)
        .query(Long.class)
        .single();
  }

  @Test
  void appendOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> outbox.append(SampleEvents.programCreated("prg-none", 1)))
        .hasMessageContaining("transaction");
  }

  @Test
  void sameKeyRunsOnceAndReplaysTheFirstResponse() {
    AtomicInteger runs = new AtomicInteger();
    String key = "key-" + UUID.randomUUID();

    IdempotentOutcome<String> first =
        idempotent.execute(
            "test", key, Map.of("a", 1), String.class, () -> "r" + runs.incrementAndGet());
    IdempotentOutcome<String> retry =
        idempotent.execute(
            "test", key, Map.of("a", 1), String.class, () -> "r" + runs.incrementAndGet());

    assertThat(first).isEqualTo(new IdempotentOutcome<>("r1", false));
    assertThat(retry).isEqualTo(new IdempotentOutcome<>("r1", true));
    assertThat(runs).hasValue(1);
    assertThatThrownBy(
            () -> idempotent.execute("test", key, Map.of("a", 2), String.class, () -> "other"))
        .isInstanceOf(IdempotencyKeyReuseException.class);
  }

  @Test
  void aFailedActionLeavesNoKeySoTheRetryRuns() {
    String key = "key-" + UUID.randomUUID();
    assertThatThrownBy(
            () ->
                idempotent.execute(
                    "test",
                    key,
                    "req",
                    String.class,
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(idempotent.execute("test", key, "req", String.class, () -> "ok").body())
        .isEqualTo("ok");
  }

  @Test
  void aProcessedEventIsClaimedOnlyOnce() {
    UUID eventId = UUID.randomUUID();
    Boolean first = transactions.execute(s -> processed.claim("view", eventId));
    Boolean again = transactions.execute(s -> processed.claim("view", eventId));
    Boolean otherConsumer = transactions.execute(s -> processed.claim("other", eventId));

    assertThat(List.of(first, again, otherConsumer)).containsExactly(true, false, true);
  }

  /** Records keyed by the programme id or ids made from it (other tests share the topic). */
  private List<ConsumerRecord<String, SpecificRecord>> consumeUntil(String programId, int count) {
    List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
    try (KafkaConsumer<String, SpecificRecord> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new EventDeserializer())) {
      consumer.subscribe(List.of(Topic.PROGRAM_EVENTS.topicName()));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keep(programId, r, records));
                return records.size() >= count;
              });
      // anything published twice would show up here too
      consumer.poll(Duration.ofMillis(500)).forEach(r -> keep(programId, r, records));
    }
    return records;
  }

  private static void keep(
      String programId,
      ConsumerRecord<String, SpecificRecord> record,
      List<ConsumerRecord<String, SpecificRecord>> records) {
    if (record.key().startsWith(programId)) {
      records.add(record);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
