package org.crewtraining.audit.cli;

import java.util.List;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.Replay;

/**
 * Folds the programme and enrollment topics from the broker, beginning to the end offsets seen at
 * start, with the read-models module's fold: the same code reporting-service runs. Records that do
 * not decode are skipped, as the service skipped them (they sit on its DLT).
 */
final class LogFold {

  private LogFold() {}

  static Replay into(Replay replay, String bootstrap) {
    try (EventLogReader reader = new EventLogReader(bootstrap)) {
      reader.readToEnd(
          reader.partitions(
              List.of(Topic.PROGRAM_EVENTS.topicName(), Topic.ENROLLMENT_EVENTS.topicName())),
          r -> true,
          r -> RecordJson.decode(r).ifPresent(replay::accept));
    }
    return replay;
  }
}
