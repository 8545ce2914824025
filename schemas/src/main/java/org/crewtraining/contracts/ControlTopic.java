package org.crewtraining.contracts;

import java.util.Map;

/**
 * Topics that carry no events. Kept apart from {@link Topic}, whose topics every reader, scanner
 * and the audit trail treat as events (with a DLT each); declared here so that all topic names and
 * configs stay in the one catalogue.
 */
public enum ControlTopic {
  /**
   * The outbox relays' checkpoints, written in each relay batch's Kafka transaction. Key: the
   * relay's transactional id; value: the outbox ids of that batch (text, not an event, not in the
   * registry). One partition, so a relay finds its newest record by reading the tail; compacted, so
   * the log keeps about one record per relay however long it runs.
   */
  OUTBOX_CHECKPOINTS(
      "training.outbox-checkpoints",
      // Short segments: only closed segments are compacted.
      Map.of("cleanup.policy", "compact", "segment.ms", Long.toString(60L * 60 * 1000)));

  private final String topicName;
  private final Map<String, String> configs;

  ControlTopic(String topicName, Map<String, String> configs) {
    this.topicName = topicName;
    this.configs = configs;
  }

  public String topicName() {
    return topicName;
  }

  public int partitions() {
    return 1;
  }

  /** Topic-level configs to create this topic with. */
  public Map<String, String> configs() {
    return configs;
  }
}
