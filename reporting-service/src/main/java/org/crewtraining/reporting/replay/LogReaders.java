package org.crewtraining.reporting.replay;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.crewtraining.contracts.LogReader;

/** The log a rebuild or a verification folds: programme and enrollment topics, from offset 0. */
final class LogReaders {

  private LogReaders() {}

  static LogReader eventLog(String bootstrap) {
    return new LogReader(bootstrap, Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))
        .fromBeginningOf(LogReader.EVENT_TOPICS);
  }
}
