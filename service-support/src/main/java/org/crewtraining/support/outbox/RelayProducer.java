package org.crewtraining.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.crewtraining.contracts.EventSerializer;

/**
 * The relay's producer: each batch is one Kafka transaction, so a batch the broker did not fully
 * take (broker killed, timeout) is aborted as a whole and invisible to the read_committed
 * consumers, instead of leaving the records it did take in the log to be sent a second time. The
 * transactional id is the same for every instance and restart of a service: a new producer fences
 * the one before it and aborts whatever transaction that one left open (kill -9). Values go out as
 * bytes: events serialized here by the catalogue serializer configured as the producer's would be
 * (same wire format, same registry), next to the checkpoint record, which is not an event. Each
 * producer's Kafka client metrics are bound to the registry while it lives ({@code
 * kafka_producer_*} with {@code client_id="producer-<transactional id>"}), unbound when it is
 * discarded. They carry {@code spring_id} as spring-kafka's clients do: Prometheus refuses a meter
 * whose name another meter already has with other tag keys.
 */
class RelayProducer implements AutoCloseable {

  private final Map<String, Object> configs;
  private final RelayCheckpoint checkpoint;
  private final EventSerializer events = new EventSerializer();
  private final MeterRegistry registry;
  private final Tags meterTags;
  private Producer<String, byte[]> producer;
  private KafkaClientMetrics producerMetrics;

  RelayProducer(Map<String, Object> baseConfigs, String transactionalId, MeterRegistry registry) {
    this.registry = registry;
    this.meterTags = Tags.of("spring.id", transactionalId);
    this.configs = new HashMap<>(baseConfigs);
    configs.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    events.configure(configs, false);
    configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    Object timeout = configs.getOrDefault(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    this.checkpoint =
        new RelayCheckpoint(baseConfigs, transactionalId, Long.parseLong(timeout.toString()));
  }

  /**
   * Outbox ids that the last committed transaction (of any instance) carried. Fences older
   * producers first, so a transaction a killed instance left open is aborted, not waited for.
   */
  synchronized List<Long> lastCommittedIds() {
    try {
      producer();
      return checkpoint.lastCommittedIds();
    } catch (RuntimeException e) {
      discard();
      throw e;
    }
  }

  /**
   * Publishes the records in one transaction together with the checkpoint of their outbox ids;
   * returns once it is committed, else throws.
   */
  synchronized void publish(List<ProducerRecord<String, SpecificRecord>> records, List<Long> ids) {
    Producer<String, byte[]> p = producer();
    try {
      p.beginTransaction();
      for (ProducerRecord<String, SpecificRecord> record : records) {
        p.send(serialized(record));
      }
      p.send(checkpoint.recordOf(ids));
      p.commitTransaction(); // flushes, fails if any record failed, bounded by max.block.ms
    } catch (RuntimeException e) {
      discard(); // the next producer's init aborts this transaction if the broker still has it
      throw e instanceof KafkaException ? e : new KafkaException(e);
    }
  }

  /** The bytes and headers the producer would have written with the event serializer. */
  private ProducerRecord<String, byte[]> serialized(ProducerRecord<String, SpecificRecord> record) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    byte[] value = events.serialize(record.topic(), headers, record.value());
    return new ProducerRecord<>(
        record.topic(), record.partition(), record.timestamp(), record.key(), value, headers);
  }

  /** A producer-metrics figure (e.g. request-total), or 0 before the first producer exists. */
  synchronized double producerMetric(String name) {
    if (producer == null) {
      return 0;
    }
    return producer.metrics().entrySet().stream()
        .filter(e -> e.getKey().group().equals("producer-metrics"))
        .filter(e -> e.getKey().name().equals(name))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .findFirst()
        .orElse(0);
  }

  private Producer<String, byte[]> producer() {
    if (producer == null) {
      Producer<String, byte[]> created = new KafkaProducer<>(configs);
      try {
        created.initTransactions();
      } catch (RuntimeException e) {
        created.close(Duration.ZERO);
        throw e;
      }
      producer = created;
      producerMetrics = new KafkaClientMetrics(created, meterTags);
      producerMetrics.bindTo(registry);
    }
    return producer;
  }

  private void discard() {
    if (producer != null) {
      try {
        // Its meters go with it: the next producer binds its own under the same client id.
        producerMetrics.close();
        producer.close(Duration.ZERO);
      } finally {
        producer = null;
        producerMetrics = null;
      }
    }
  }

  @Override
  public synchronized void close() {
    discard();
    checkpoint.close();
    events.close();
  }
}
