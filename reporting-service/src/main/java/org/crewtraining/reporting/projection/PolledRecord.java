package org.crewtraining.reporting.projection;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One record of a poll, where it sits in the log, its original bytes and the event decoded from
 * them; {@code event} is null for a record that holds no event (it only moves the position on).
 */
public record PolledRecord(
    String topic, int partition, long offset, String key, byte[] raw, SpecificRecord event) {

  public TopicPartition topicPartition() {
    return new TopicPartition(topic, partition);
  }
}
