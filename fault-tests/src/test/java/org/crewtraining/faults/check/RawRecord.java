package org.crewtraining.faults.check;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A record as bytes, for poison pills and their dead letters. */
public record RawRecord(
    String topic, int partition, long offset, byte[] value, String originalTopic) {

  static RawRecord of(ConsumerRecord<byte[], byte[]> record) {
    Header original = record.headers().lastHeader("kafka_dlt-original-topic");
    return new RawRecord(
        record.topic(),
        record.partition(),
        record.offset(),
        record.value(),
        original == null ? null : new String(original.value(), StandardCharsets.UTF_8));
  }
}
