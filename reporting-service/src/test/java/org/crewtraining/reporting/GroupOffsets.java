package org.crewtraining.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;

/** The projection's consumer group offsets, moved by hand (the group must have no members). */
public final class GroupOffsets {

  /** Rewinds the group on both event topics to the start, as if it had never committed. */
  public static void rewindToTheStart(String bootstrap, String group) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      for (Topic topic : List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS)) {
        for (int p = 0; p < topic.partitions(); p++) {
          start.put(new TopicPartition(topic.topicName(), p), new OffsetAndMetadata(0));
        }
      }
      admin.alterConsumerGroupOffsets(group, start).all().get();
    }
  }

  private GroupOffsets() {}
}
