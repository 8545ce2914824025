package org.crewtraining.reporting.replay;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;

/** The log a rebuild or a verification folds: programme and enrollment topics, from offset 0. */
final class LogReaders {

  private LogReaders() {}

  /** Decoded with the service's codec: the ids of the registry the service is configured with. */
  static LogReader eventLog(String bootstrap, EventCodec codec) {
    return new LogReader(
            bootstrap, Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000), codec)
        .fromBeginningOf(LogReader.EVENT_TOPICS);
  }
}
