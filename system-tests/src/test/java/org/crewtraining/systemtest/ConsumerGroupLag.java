package org.crewtraining.systemtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Lag as Kafka's own {@code kafka-consumer-groups --describe} computes it: per group and partition,
 * the partition's end offset minus the group's committed offset, read with the Admin API. Every
 * partition of every topic a group committed on counts, a partition it never committed on with its
 * whole end offset.
 */
final class ConsumerGroupLag {

  private static final long TIMEOUT_SECONDS = 30;

  private final Admin admin;

  ConsumerGroupLag(Admin admin) {
    this.admin = admin;
  }

  /** Every group the broker knows, of any type. */
  Set<String> groups() throws Exception {
    return admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
        .map(GroupListing::groupId)
        .collect(Collectors.toSet());
  }

  /** Per group, "topic-partition" → end offset − committed offset. */
  Map<String, Map<String, Long>> byGroup() throws Exception {
    Map<String, Map<String, Long>> lag = new TreeMap<>();
    for (String group : groups()) {
      lag.put(group, of(group));
    }
    return lag;
  }

  private Map<String, Long> of(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Set<String> topics =
        committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (TopicPartition partition : partitionsOf(topics)) {
      request.put(partition, OffsetSpec.latest());
    }
    Map<String, Long> lag = new TreeMap<>();
    admin
        .listOffsets(request)
        .all()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .forEach(
            (partition, end) -> {
              OffsetAndMetadata at = committed.get(partition);
              lag.put(partition.toString(), end.offset() - (at == null ? 0 : at.offset()));
            });
    return lag;
  }

  private List<TopicPartition> partitionsOf(Set<String> topics) throws Exception {
    return admin
        .describeTopics(topics)
        .allTopicNames()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .values()
        .stream()
        .flatMap(
            topic ->
                topic.partitions().stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())))
        .toList();
  }
}
