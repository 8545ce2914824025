package org.crewtraining.support.kafka;

import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.crewtraining.support.logging.EventLogContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Parks a record on its dead-letter topic as the log holds it: the exact key and value bytes (read
 * back by coordinates), the original headers and spring-kafka's coordinates and exception headers.
 * spring-kafka hands a recoverer the decoded value of a record that failed in the listener, and
 * re-encoding it would change the bytes of an older framing or schema version; only an undecodable
 * record comes with its bytes. Should the log no longer hold the record, the copy falls back to
 * what the container has. Each record the broker acknowledged on a DLT is counted ({@link
 * DeadLetterCounters}).
 */
final class OriginalBytesDeadLetterRecoverer extends DeadLetterPublishingRecoverer {

  private static final Logger LINES =
      LoggerFactory.getLogger(OriginalBytesDeadLetterRecoverer.class);

  private final LoggedRecords log;
  private final DeadLetterCounters counters;

  OriginalBytesDeadLetterRecoverer(
      KafkaOperations<?, ?> template,
      BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination,
      LoggedRecords log,
      DeadLetterCounters counters) {
    super(template, destination);
    this.log = log;
    this.counters = counters;
  }

  /** Says which record it parks and why, in a line naming the record's event (its headers). */
  @Override
  public void accept(
      ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
    try (EventLogContext context = EventLogContext.of(record)) {
      LINES.warn("Parking the record on its dead-letter topic: {}", reasonOf(exception));
      super.accept(record, consumer, exception);
    }
  }

  private static String reasonOf(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  /** Returns once the broker acknowledged the record (else throws): only then is it counted. */
  @Override
  protected void publish(
      ProducerRecord<Object, Object> outRecord,
      KafkaOperations<Object, Object> kafkaTemplate,
      ConsumerRecord<?, ?> inRecord) {
    super.publish(outRecord, kafkaTemplate, inRecord);
    counters.published(outRecord.topic());
  }

  @Override
  protected ProducerRecord<Object, Object> createProducerRecord(
      ConsumerRecord<?, ?> record,
      TopicPartition destination,
      Headers headers,
      byte @Nullable [] key,
      byte @Nullable [] value) {
    Optional<ConsumerRecord<byte[], byte[]>> original =
        log.read(record.topic(), record.partition(), record.offset());
    if (original.isEmpty()) {
      return super.createProducerRecord(record, destination, headers, key, value);
    }
    return new ProducerRecord<>(
        destination.topic(),
        destination.partition() < 0 ? null : destination.partition(),
        original.get().key(),
        original.get().value(),
        headers);
  }
}
