package org.crewtraining.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.crewtraining.contracts.ControlTopic;
import org.crewtraining.contracts.Topic;

/**
 * Which outbox rows the relay's last committed Kafka transaction carried: a record on the
 * checkpoint topic ({@link CheckpointTail}) written in that same transaction, so it is in Kafka
 * exactly when the records are. A relay that crashed, or lost its database, after the Kafka commit
 * but before marking the rows sent finds them here and marks them instead of sending them a second
 * time. Relays before this topic kept the ids as the committed offset metadata of a consumer group
 * named after the transactional id; that is read when the topic has nothing for this relay.
 */
final class RelayCheckpoint implements AutoCloseable {

  /** Where the consumer-group checkpoint of earlier relays lives (an offset only carrying ids). */
  static final TopicPartition LEGACY_CARRIER =
      new TopicPartition(Topic.PROGRAM_EVENTS.topicName(), 0);

  /** Longest encoded id list in one record, far below the broker's max.message.bytes (1 MiB). */
  static final int MAX_ENCODED = 64 * 1024;

  private final Map<String, Object> adminConfigs;
  private final String transactionalId;
  private final long timeoutMs;
  private final CheckpointTail tail;
  private Admin admin;

  RelayCheckpoint(Map<String, Object> clientConfigs, String transactionalId, long timeoutMs) {
    this.adminConfigs = new HashMap<>(clientConfigs);
    adminConfigs.keySet().retainAll(AdminClientConfig.configNames());
    adminConfigs.remove(AdminClientConfig.CLIENT_ID_CONFIG);
    this.transactionalId = transactionalId;
    this.timeoutMs = timeoutMs;
    this.tail = new CheckpointTail(clientConfigs, transactionalId, timeoutMs);
  }

  /** The record that carries a batch's ids, sent in the batch's transaction. */
  ProducerRecord<String, byte[]> recordOf(List<Long> ids) {
    return new ProducerRecord<>(
        CheckpointTail.PARTITION.topic(),
        CheckpointTail.PARTITION.partition(),
        transactionalId,
        encode(ids).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The ids of the last committed batch; empty before the first. Reads up to the high watermark as
   * it is now, so call it once this relay's producer fenced any older one (whose open batch is then
   * aborted, not waited for).
   */
  synchronized List<Long> lastCommittedIds() {
    try {
      Optional<String> newest = tail.newestBelow(endOffset());
      return newest.isPresent() ? decode(newest.get()) : legacyIds();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the relay checkpoint", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the relay checkpoint: " + e.getMessage(), e);
    }
  }

  /** The high watermark; 0 for a topic that had to be created. */
  private long endOffset() throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return admin()
          .listOffsets(Map.of(CheckpointTail.PARTITION, OffsetSpec.latest()))
          .partitionResult(CheckpointTail.PARTITION)
          .get(timeoutMs, TimeUnit.MILLISECONDS)
          .offset();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
        throw e;
      }
      createTopic();
      return 0;
    }
  }

  /**
   * A service started while the broker was away did not create the catalogue topics, and the
   * checkpoint is read before anything is sent to it (a send could auto-create it uncompacted).
   */
  private void createTopic() throws InterruptedException, ExecutionException, TimeoutException {
    ControlTopic topic = ControlTopic.OUTBOX_CHECKPOINTS;
    NewTopic created =
        new NewTopic(topic.topicName(), Optional.of(topic.partitions()), Optional.empty())
            .configs(topic.configs());
    try {
      admin().createTopics(List.of(created)).all().get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  /**
   * The consumer-group checkpoint of a relay from before the checkpoint topic; waits for a
   * transaction in flight to be resolved (requireStable).
   */
  private List<Long> legacyIds() throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin()
            .listConsumerGroupOffsets(
                Map.of(
                    transactionalId,
                    new ListConsumerGroupOffsetsSpec().topicPartitions(List.of(LEGACY_CARRIER))),
                new ListConsumerGroupOffsetsOptions().requireStable(true))
            .partitionsToOffsetAndMetadata(transactionalId)
            .get(timeoutMs, TimeUnit.MILLISECONDS);
    OffsetAndMetadata checkpoint = offsets.get(LEGACY_CARRIER);
    return checkpoint == null ? List.of() : decode(checkpoint.metadata());
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
      admin = Admin.create(adminConfigs);
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
