package org.crewtraining.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.support.tracing.EventTracing;
import org.crewtraining.support.tracing.EventTracing.EventSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows in id order (so in commit order per programme, whose writes serialize on
 * the programme row), one batch per Kafka transaction (see {@link RelayProducer}), and marks them
 * sent only after the broker committed the whole batch. One instance relays at a time (advisory
 * lock), which keeps the order when a service is scaled out. A relay that dies after the Kafka
 * commit but before marking leaves the batch's ids in the checkpoint committed with it ({@link
 * RelayCheckpoint}); the next relay marks them instead of sending them again. Consumers still drop
 * duplicates by eventId (replays, rebuilds). Each record continues the trace its row was written
 * in: a send span per record, whose context goes out as the {@code traceparent} header. {@link
 * OutboxRelayLoop} decides when it runs.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

  /**
   * What {@link #poll()} answers after a failure: paced like a busy batch, so a broker that is away
   * is not asked at every commit.
   */
  static final int FAILED = Integer.MAX_VALUE;

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final TransactionTemplate transactions;
  private final RelayProducer kafka;
  private final OutboxProperties properties;
  private final Counter published;
  private final Timer batches;
  private final EventTracing tracing;
  private final EventCodec codec = EventCodec.standard();
  private volatile boolean failing;

  /**
   * Whether the next batch must first read the checkpoint. Not after a batch of this relay that
   * committed in Kafka and in the database: the checkpoint then holds that batch, marked. Another
   * instance that relayed since would have initialised the same transactional id and so fenced this
   * producer, whose next send then fails (nothing of it becomes visible) and sets this again.
   * Reading it costs a consumer and several broker round trips, and waits for the commit markers of
   * the batch just committed: not worth paying per batch.
   */
  private boolean checkpointNeeded = true;

  public OutboxRelay(
      JdbcClient jdbc,
      JdbcTemplate jdbcTemplate,
      TransactionTemplate transactions,
      RelayProducer kafka,
      OutboxProperties properties,
      MeterRegistry registry,
      EventTracing tracing) {
    this.jdbc = jdbc;
    this.tracing = tracing;
    this.jdbcTemplate = jdbcTemplate;
    this.transactions = transactions;
    this.kafka = kafka;
    this.properties = properties;
    this.published =
        Counter.builder("crew.outbox.published")
            .description("Outbox events acknowledged by the broker")
            .register(registry);
    this.batches =
        Timer.builder("crew.outbox.relay.batch")
            .description(
                "Relay runs that published a batch: checkpoint, Kafka transaction, marking")
            .register(registry);
  }

  /**
   * Relays until the outbox is drained; a failure is logged once and retried on the next run.
   *
   * @return how many outbox rows it found (so published), or {@link #FAILED}
   */
  int poll() {
    int published = 0;
    try {
      int found;
      do {
        found = relayOnce();
        published += found;
      } while (found == properties.batchSize()); // a full batch: more may be waiting
      if (failing) {
        log.info("Outbox relay publishing again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        log.warn("Outbox relay cannot publish, will retry: {}", e.getMessage());
        failing = true;
      }
      return FAILED;
    }
    return published;
  }

  /** Publishes one batch; returns how many unsent rows it found (a full batch: look again). */
  int relayOnce() {
    long started = System.nanoTime();
    Batch batch;
    try {
      batch =
          transactions.execute(
              status -> {
                // One round trip: the relay lock, then the oldest unsent rows, marked sent in this
                // transaction, which commits only after the Kafka transaction did (else rolls
                // back).
                List<Row> taken =
                    jdbc.sql(TAKE_BATCH)
                        .param(RELAY_LOCK)
                        .param(properties.batchSize())
                        .query(Row.class)
                        .list();
                if (taken.isEmpty()) {
                  return Batch.NONE; // not the leader, or nothing to send: no broker round trip
                }
                List<Row> pending =
                    taken.stream().sorted(Comparator.comparingLong(Row::id)).toList();
                // Published by a relay that died (or lost the database) before marking them.
                Set<Long> published = checkpointNeeded ? Set.copyOf(readCheckpoint()) : Set.of();
                markSent(List.copyOf(published)); // those beyond this batch; its own are marked
                List<Row> unpublished =
                    pending.stream().filter(r -> !published.contains(r.id())).toList();
                List<Row> rows = fitCheckpoint(unpublished);
                giveBack(unpublished.subList(rows.size(), unpublished.size()));
                if (!rows.isEmpty()) {
                  sendAll(rows, rows.stream().map(Row::id).toList());
                }
                return new Batch(pending.size(), rows.size());
              });
    } catch (RuntimeException e) {
      checkpointNeeded = true; // how far the batch got is unknown: ask the broker next time
      throw e;
    }
    if (batch != Batch.NONE) {
      checkpointNeeded = false;
    }
    if (batch.sent() > 0) {
      published.increment(batch.sent());
      batches.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
    return batch.found();
  }

  private record Batch(int found, int sent) {
    static final Batch NONE = new Batch(0, 0);
  }

  private List<Long> readCheckpoint() {
    try {
      return kafka.lastCommittedIds();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Broker did not give the relay checkpoint: " + e.getMessage(), e);
    }
  }

  /**
   * SQL of one round trip: the relay lock, and the oldest unsent rows marked sent if it holds it.
   */
  private static final String TAKE_BATCH =
      "WITH relay AS (SELECT pg_try_advisory_xact_lock(?) AS leader)"
          + " UPDATE outbox_event SET sent_at = now() WHERE id IN"
          + " (SELECT id FROM outbox_event WHERE sent_at IS NULL AND (SELECT leader FROM relay)"
          + " ORDER BY id LIMIT ?)"
          + " RETURNING id, topic, record_key, payload, trace_parent";

  /** Rows taken but not sent in this batch (they did not fit the checkpoint): unsent again. */
  private void giveBack(List<Row> rows) {
    if (!rows.isEmpty()) {
      jdbcTemplate.update(
          "UPDATE outbox_event SET sent_at = NULL WHERE id = ANY(?)",
          (Object) rows.stream().map(Row::id).toArray(Long[]::new));
    }
  }

  private void markSent(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbcTemplate.update(
          "UPDATE outbox_event SET sent_at = now() WHERE id = ANY(?) AND sent_at IS NULL",
          (Object) ids.toArray(Long[]::new));
    }
  }

  /** A batch whose ids fit in the checkpoint (they always do unless ids are very scattered). */
  private static List<Row> fitCheckpoint(List<Row> rows) {
    List<Row> batch = rows;
    while (batch.size() > 1
        && RelayCheckpoint.encode(batch.stream().map(Row::id).toList()).length()
            > RelayCheckpoint.MAX_ENCODED) {
      batch = batch.subList(0, batch.size() / 2);
    }
    return batch;
  }

  private void sendAll(List<Row> rows, List<Long> ids) {
    List<ProducerRecord<String, SpecificRecord>> records = new ArrayList<>(rows.size());
    List<EventSpan> spans = new ArrayList<>(rows.size());
    RuntimeException failure = null;
    try {
      for (Row row : rows) {
        records.add(recordOf(row, spans));
      }
      publish(records, ids);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      for (EventSpan span : spans) {
        span.end(failure);
      }
    }
  }

  private void publish(List<ProducerRecord<String, SpecificRecord>> records, List<Long> ids) {
    try {
      kafka.publish(records, ids);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Broker did not commit the batch: " + e.getMessage(), e);
    }
  }

  /** The row's event as a record in a send span of the row's trace, whose context it carries. */
  private ProducerRecord<String, SpecificRecord> recordOf(Row row, List<EventSpan> spans) {
    SpecificRecord event = codec.decode(row.payload());
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(row.topic(), row.recordKey(), event);
    EventSpan span = tracing.sending("outbox relay " + row.topic(), row.traceParent());
    spans.add(span);
    String traceparent = span.traceparent();
    if (traceparent != null) {
      record.headers().add(EventTracing.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  /** See {@link RelayProducer#producerMetric}; for measurements of the relay's broker cost. */
  double producerMetric(String name) {
    return kafka.producerMetric(name);
  }

  /** Closes the producer (Spring calls this on shutdown). */
  public void close() {
    kafka.close();
  }

  record Row(long id, String topic, String recordKey, byte[] payload, String traceParent) {}
}
