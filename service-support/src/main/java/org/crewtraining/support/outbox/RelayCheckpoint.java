package org.crewtraining.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;

/**
 * Which outbox rows the relay's last committed Kafka transaction carried, stored in that same
 * transaction (as the committed "offset" of a consumer group that consumes nothing), so it is in
 * Kafka exactly when the records are. A relay that crashed, or lost its database, after the Kafka
 * commit but before marking the rows sent finds them here and marks them instead of sending them a
 * second time.
 */
final class RelayCheckpoint implements AutoCloseable {

  /** Any partition that exists: the group's offset there is only a carrier for the row ids. */
  static final TopicPartition CARRIER = new TopicPartition(Topic.PROGRAM_EVENTS.topicName(), 0);

  /** Below the broker's offset.metadata.max.bytes (4096). */
  static final int MAX_ENCODED = 3500;

  private final Map<String, Object> adminConfigs;
  private final String groupId;
  private final long timeoutMs;
  private Admin admin;

  RelayCheckpoint(Map<String, Object> adminConfigs, String groupId, long timeoutMs) {
    this.adminConfigs = adminConfigs;
    this.groupId = groupId;
    this.timeoutMs = timeoutMs;
  }

  String groupId() {
    return groupId;
  }

  /** The checkpoint to commit with a batch of these outbox ids. */
  static OffsetAndMetadata of(List<Long> ids) {
    return new OffsetAndMetadata(ids.get(ids.size() - 1), encode(ids));
  }

  /**
   * The ids of the last committed batch; empty before the first. Waits for a transaction in flight
   * to be resolved (requireStable), so call it once this relay's producer fenced any older one.
   */
  synchronized List<Long> lastCommittedIds() {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin()
              .listConsumerGroupOffsets(
                  Map.of(
                      groupId,
                      new ListConsumerGroupOffsetsSpec().topicPartitions(List.of(CARRIER))),
                  new ListConsumerGroupOffsetsOptions().requireStable(true))
              .partitionsToOffsetAndMetadata(groupId)
              .get(timeoutMs, TimeUnit.MILLISECONDS);
      OffsetAndMetadata checkpoint = offsets.get(CARRIER);
      return checkpoint == null ? List.of() : decode(checkpoint.metadata());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the relay checkpoint", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the relay checkpoint: " + e.getMessage(), e);
    }
  }

  /** Ascending ids as ranges in base 36: "1a-1z,2c". */
  static String encode(List<Long> ids) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < ids.size()) {
      int j = i;
      while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
        j++;
      }
      text.append(text.isEmpty() ? "" : ",").append(Long.toString(ids.get(i), 36));
      if (j > i) {
        text.append('-').append(Long.toString(ids.get(j), 36));
      }
      i = j + 1;
    }
    return text.toString();
  }

  static List<Long> decode(String text) {
    List<Long> ids = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return ids;
    }
    for (String range : text.split(",")) {
      String[] ends = range.split("-");
      long from = Long.parseLong(ends[0], 36);
      long to = ends.length > 1 ? Long.parseLong(ends[1], 36) : from;
      for (long id = from; id <= to; id++) {
        ids.add(id);
      }
    }
    return ids;
  }

  private Admin admin() {
    if (admin == null) {
      Map<String, Object> configs = new java.util.HashMap<>(adminConfigs);
      configs.keySet().retainAll(AdminClientConfig.configNames());
      admin = Admin.create(configs);
    }
    return admin;
  }

  @Override
  public synchronized void close() {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }
}
