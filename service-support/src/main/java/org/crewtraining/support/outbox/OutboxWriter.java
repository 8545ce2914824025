package org.crewtraining.support.outbox;

import java.sql.Timestamp;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.tracing.EventTracing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an outgoing event in the caller's transaction: the event exists exactly when the state
 * change it describes committed, with the trace it ran in, which the relayed record continues. The
 * commit wakes the relay ({@link OutboxSignal}).
 */
public class OutboxWriter {

  private final JdbcClient jdbc;
  private final OutboxSignal signal;
  private final EventTracing tracing;
  private final EventCodec codec = EventCodec.standard();

  public OutboxWriter(JdbcClient jdbc, OutboxSignal signal, EventTracing tracing) {
    this.jdbc = jdbc;
    this.signal = signal;
    this.tracing = tracing;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void append(SpecificRecord event) {
    EventType type = EventType.of(event);
    EventMetadata metadata = Events.metadataOf(event);
    jdbc.sql(
            "INSERT INTO outbox_event"
                + " (event_id, event_type, topic, record_key, payload, occurred_at, trace_parent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            metadata.getEventId(),
            type.simpleName(),
            type.topic().topicName(),
            type.keyOf(event),
            codec.encodeSingleObject(event),
            Timestamp.from(metadata.getOccurredAt()),
            tracing.currentTraceparent())
        .update();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            signal.committed();
          }
        });
  }
}
