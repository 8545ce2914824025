package org.crewtraining.contracts;

import java.util.Map;

/**
 * The topic catalogue: the only place topic names, keys, partitioning and retention are declared.
 * Event topics keep history forever because they are the audit record. Topics without events are in
 * {@link ControlTopic}.
 */
public enum Topic {
  PROGRAM_EVENTS("training.program-events", 6, "programId", true),
  ENROLLMENT_EVENTS("training.enrollment-events", 6, "programId", true),
  COMPLETION_METRICS("training.completion-metrics", 1, "\"overall\"", false);

  /** Seven days: metrics are derived and can be republished from the read models. */
  private static final long METRICS_RETENTION_MS = 7L * 24 * 60 * 60 * 1000;

  private final String topicName;
  private final int partitions;
  private final String keyDescription;
  private final boolean keptForever;

  Topic(String topicName, int partitions, String keyDescription, boolean keptForever) {
    this.topicName = topicName;
    this.partitions = partitions;
    this.keyDescription = keyDescription;
    this.keptForever = keptForever;
  }

  public String topicName() {
    return topicName;
  }

  public int partitions() {
    return partitions;
  }

  /** What the record key holds; all events of one programme share a key and so stay in order. */
  public String keyDescription() {
    return keyDescription;
  }

  /**
   * Dead-letter topic: same partition count, so a record can be parked on its original partition
   * number, and kept forever so nothing that failed is lost.
   */
  public String deadLetterTopicName() {
    return topicName + ".dlt";
  }

  public long retentionMs() {
    return keptForever ? -1L : METRICS_RETENTION_MS;
  }

  /** Topic-level configs to create this topic (and its DLT) with. */
  public Map<String, String> configs() {
    return Map.of("retention.ms", Long.toString(retentionMs()), "cleanup.policy", "delete");
  }

  private static final java.util.Set<String> EVENT_TOPIC_NAMES =
      java.util.Arrays.stream(values())
          .map(Topic::topicName)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** True for the catalogue's own topics (not their DLTs, not foreign topics). */
  public static boolean isEventTopic(String topicName) {
    return EVENT_TOPIC_NAMES.contains(topicName);
  }

  /** Dead-letter topic for any topic name; catalogue topics use their declared DLT. */
  public static String deadLetterTopicFor(String topicName) {
    for (Topic topic : values()) {
      if (topic.topicName.equals(topicName)) {
        return topic.deadLetterTopicName();
      }
    }
    return topicName + ".dlt";
  }

  public static Topic byName(String topicName) {
    for (Topic topic : values()) {
      if (topic.topicName.equals(topicName) || topic.deadLetterTopicName().equals(topicName)) {
        return topic;
      }
    }
    throw new IllegalArgumentException("Unknown topic " + topicName);
  }
}
