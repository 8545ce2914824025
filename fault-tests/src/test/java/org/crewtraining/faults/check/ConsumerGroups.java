package org.crewtraining.faults.check;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Where a consumer group stands, compared with the records of a log snapshot. */
public final class ConsumerGroups {

  private ConsumerGroups() {}

  /**
   * Records appended to a topic so far, committed or not (high watermarks): grows as soon as a
   * relay's transaction has written, before it commits.
   */
  public static long appended(Admin admin, String topic, int partitions) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < partitions; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
        .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
        .sum();
  }

  /**
   * Whether the group committed past the last record of every partition that has records. (Not "lag
   * 0": a transactional relay's batch ends with a commit marker, which occupies an offset no
   * consumer ever commits past.)
   */
  public static boolean caughtUp(String bootstrap, String groupId, EventLog.Snapshot log)
      throws Exception {
    Map<TopicPartition, Long> last = new HashMap<>();
    log.events()
        .forEach(
            e -> last.merge(new TopicPartition(e.topic(), e.partition()), e.offset(), Math::max));
    log.undecodable()
        .forEach(
            r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      return last.entrySet().stream()
          .allMatch(
              e ->
                  committed.get(e.getKey()) != null
                      && committed.get(e.getKey()).offset() > e.getValue());
    }
  }
}
