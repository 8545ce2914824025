package org.crewtraining.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDecodingException;
import org.crewtraining.support.tracing.EventTracing;
import org.crewtraining.support.tracing.EventTracing.EventSpan;
import org.crewtraining.support.tracing.Traceparent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Feeds the catalogue topics, a poll-sized batch at a time, into the {@link BatchApplier}: the
 * event topics into the read models, every topic (metrics included) into the audit trail. It takes
 * the raw bytes and decodes them itself, so the trail keeps each record exactly as it was on the
 * log without a second consumer reading everything again. The container commits the group's offsets
 * once a second (ack mode TIME), for Kafka's tools only; where the projection resumes is its stored
 * position ({@link PositionSeeker}). A record that carries a sampled trace gets a span of that
 * trace for its fold, ended when the batch committed.
 */
@Component
public class EventBatchListener {

  /** Listener container id, for the health indicator and tests that stop and start it. */
  public static final String ID = "reporting-projection";

  private final BatchApplier applier;
  private final EventCodec codec;
  private final PipelineDelays delays;
  private final EventTracing tracing;

  public EventBatchListener(
      BatchApplier applier, EventCodec codec, PipelineDelays delays, EventTracing tracing) {
    this.applier = applier;
    this.codec = codec;
    this.delays = delays;
    this.tracing = tracing;
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      batch = "true",
      containerPostProcessor = PositionSeeker.BEAN,
      topics = {
        "#{T(org.crewtraining.contracts.Topic).PROGRAM_EVENTS.topicName()}",
        "#{T(org.crewtraining.contracts.Topic).ENROLLMENT_EVENTS.topicName()}",
        "#{T(org.crewtraining.contracts.Topic).COMPLETION_METRICS.topicName()}"
      },
      properties = {
        "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"
      })
  public void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    List<EventSpan> spans = new ArrayList<>();
    Throwable failure = null;
    try {
      for (ConsumerRecord<String, byte[]> record : records) {
        // an unsampled context would record nothing
        Traceparent traceparent = Traceparent.of(record.headers());
        if (traceparent != null && traceparent.sampled()) {
          spans.add(tracing.receiving("reporting fold " + record.topic(), traceparent.value()));
        }
      }
      fold(records);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      for (EventSpan span : spans) {
        span.end(failure);
      }
    }
  }

  private void fold(List<ConsumerRecord<String, byte[]>> records) {
    long polledAt = System.currentTimeMillis();
    List<PolledRecord> polled = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      ConsumerRecord<String, byte[]> record = records.get(i);
      SpecificRecord event;
      try {
        event = decode(record);
      } catch (EventDecodingException e) {
        // Never an event: apply the good records before it and move the position past it, then
        // name it; the error handler parks exactly this record on the DLT (its bytes read back
        // from the log) and redelivers the rest, which the stored position does not cover.
        polled.add(polledRecord(record, null));
        applier.apply(polled);
        throw new BatchListenerFailedException(describe(record, e), e, i);
      } catch (RuntimeException e) {
        // Maybe later (e.g. the registry is away for a new schema id): apply the records before
        // it, and let the error handler retry from this one.
        applier.apply(polled);
        throw new BatchListenerFailedException(describe(record, e), e, i);
      }
      polled.add(polledRecord(record, event));
    }
    applier.apply(polled);
    delays.committed(records, polled, polledAt);
  }

  private SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      throw new EventDecodingException("Record without event");
    }
    return codec.decodeStrictlyOn(record.topic(), record.value());
  }

  private static PolledRecord polledRecord(
      ConsumerRecord<String, byte[]> record, SpecificRecord event) {
    return new PolledRecord(
        record.topic(), record.partition(), record.offset(), record.key(), record.value(), event);
  }

  private static String describe(ConsumerRecord<String, byte[]> record, Exception cause) {
    return (cause instanceof EventDecodingException ? "Undecodable record " : "Record not applied ")
        + record.topic()
        + "-"
        + record.partition()
        + "@"
        + record.offset();
  }
}
