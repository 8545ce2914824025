package org.crewtraining.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Feeds both event topics, a poll-sized batch at a time, into the {@link BatchApplier}. The offsets
 * of a batch are committed by the container after this method returns (ack mode BATCH).
 */
@Component
public class EventBatchListener {

  /** Listener container id, for the health indicator and tests that stop and start it. */
  public static final String ID = "reporting-projection";

  private static final LogAccessor LOG = new LogAccessor(EventBatchListener.class);

  private final BatchApplier applier;

  public EventBatchListener(BatchApplier applier) {
    this.applier = applier;
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      batch = "true",
      topics = {
        "#{T(org.crewtraining.contracts.Topic).PROGRAM_EVENTS.topicName()}",
        "#{T(org.crewtraining.contracts.Topic).ENROLLMENT_EVENTS.topicName()}"
      })
  public void onBatch(List<ConsumerRecord<String, SpecificRecord>> records) {
    List<SpecificRecord> events = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      ConsumerRecord<String, SpecificRecord> record = records.get(i);
      if (record.value() == null) {
        // Apply the good records before it, then name the bad one: the error handler commits
        // the applied prefix, parks exactly this record on the DLT and redelivers the rest.
        applier.apply(events);
        throw new BatchListenerFailedException(describe(record), deserializationFailure(record), i);
      }
      events.add(record.value());
    }
    applier.apply(events);
  }

  /**
   * Why the record did not decode, so the error handler can tell a bad record (parked) from a
   * schema id the registry could not be asked about yet (retried until it answers).
   */
  private static Throwable deserializationFailure(ConsumerRecord<String, SpecificRecord> record) {
    DeserializationException failure =
        SerializationUtils.getExceptionFromHeader(
            record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
    return failure == null ? new IllegalStateException("Record without event") : failure;
  }

  private static String describe(ConsumerRecord<String, SpecificRecord> record) {
    boolean undecodable =
        record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null;
    return (undecodable ? "Undecodable record " : "Record without event ")
        + record.topic()
        + "-"
        + record.partition()
        + "@"
        + record.offset();
  }
}
