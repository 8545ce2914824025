package org.crewtraining.audit.cli;

import java.util.List;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.readmodels.Replay;

/**
 * Folds the programme and enrollment topics from the broker, beginning to the end offsets seen at
 * start, with the read-models module's fold: the same code reporting-service runs. Records that do
 * not decode are skipped, as the service skipped them (they sit on its DLT).
 */
final class LogFold {

  private LogFold() {}

  static Replay into(Replay replay, String bootstrap) {
    List<String> topics = LogReader.namesOf(LogReader.EVENT_TOPICS);
    try (LogReader reader = new LogReader(bootstrap)) {
      reader
          .fromBeginning(BrokerTopics.partitions(bootstrap, topics))
          .readToEnd(r -> RecordJson.decode(r).ifPresent(replay::accept));
    }
    return replay;
  }
}
