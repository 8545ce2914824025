package org.crewtraining.reporting.replay;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;

/** The log a rebuild or a verification folds: programme and enrollment topics. */
final class LogReaders {

  private LogReaders() {}

  /** Decoded with the service's codec: the ids of the registry the service is configured with. */
  static LogReader eventLog(String bootstrap, EventCodec codec) {
    return reader(bootstrap, codec).fromBeginningOf(LogReader.EVENT_TOPICS);
  }

  /** The same partitions' records from the given offsets on. */
  static LogReader eventLogFrom(
      String bootstrap, EventCodec codec, Map<TopicPartition, Long> offsets) {
    return reader(bootstrap, codec).from(offsets);
  }

  private static LogReader reader(String bootstrap, EventCodec codec) {
    return new LogReader(
        bootstrap, Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000), codec);
  }
}
