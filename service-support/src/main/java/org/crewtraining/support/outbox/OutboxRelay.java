package org.crewtraining.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows in id order (so in commit order per programme, whose writes serialize on
 * the programme row) with an idempotent, acks=all producer, and marks them sent only after the
 * broker acknowledged the whole batch. One instance relays at a time (advisory lock), which keeps
 * the order when a service is scaled out. A crash after sending but before marking re-sends the
 * batch: consumers drop the duplicates by eventId.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final TransactionTemplate transactions;
  private final KafkaTemplate<String, SpecificRecord> kafka;
  private final OutboxProperties properties;
  private final Counter published;
  private final EventCodec codec = EventCodec.standard();
  private volatile boolean failing;

  public OutboxRelay(
      JdbcClient jdbc,
      JdbcTemplate jdbcTemplate,
      TransactionTemplate transactions,
      KafkaTemplate<String, SpecificRecord> kafka,
      OutboxProperties properties,
      MeterRegistry registry) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.transactions = transactions;
    this.kafka = kafka;
    this.properties = properties;
    this.published =
        Counter.builder("crew.outbox.published")
            .description("Outbox events acknowledged by the broker")
            .register(registry);
  }

  @Scheduled(fixedDelayString = "${crew.outbox.poll-interval-ms:100}")
  public void poll() {
    try {
      while (relayOnce() == properties.batchSize()) {
        // a full batch: more may be waiting
      }
      if (failing) {
        log.info("Outbox relay publishing again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        log.warn("Outbox relay cannot publish, will retry: {}", e.getMessage());
        failing = true;
      }
    }
  }

  /** Publishes one batch; returns how many rows were published and marked sent. */
  public int relayOnce() {
    Integer count =
        transactions.execute(
            status -> {
              boolean leader =
                  jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                      .param(RELAY_LOCK)
                      .query(Boolean.class)
                      .single();
              if (!leader) {
                return 0;
              }
              List<Row> rows =
                  jdbc.sql(
                          "SELECT id, topic, record_key, payload FROM outbox_event"
                              + " WHERE sent_at IS NULL ORDER BY id LIMIT ?")
                      .param(properties.batchSize())
                      .query(Row.class)
                      .list();
              if (rows.isEmpty()) {
                return 0;
              }
              sendAll(rows);
              jdbcTemplate.batchUpdate(
                  "UPDATE outbox_event SET sent_at = now() WHERE id = ?",
                  rows.stream().map(r -> new Object[] {r.id()}).toList());
              return rows.size();
            });
    published.increment(count);
    return count;
  }

  private void sendAll(List<Row> rows) {
    List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
    for (Row row : rows) {
      SpecificRecord event = codec.decode(row.payload());
      acks.add(kafka.send(new ProducerRecord<>(row.topic(), row.recordKey(), event)));
    }
    kafka.flush();
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(properties.sendTimeoutMs(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing", e);
    } catch (Exception e) {
      throw new IllegalStateException("Broker did not acknowledge the batch: " + e.getMessage(), e);
    }
  }

  record Row(long id, String topic, String recordKey, byte[] payload) {}
}
