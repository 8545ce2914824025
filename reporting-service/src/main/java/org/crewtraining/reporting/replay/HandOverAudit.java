package org.crewtraining.reporting.replay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.reporting.projection.PolledRecord;
import org.crewtraining.reporting.projection.ProjectionAudit;
import org.crewtraining.reporting.projection.ProjectionPositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a rebuild switches, the audit trail must not lose the records the rebuild folded past the
 * live projection's position, which the live projection will now skip.
 */
@Component
class HandOverAudit {

  private final String bootstrap;
  private final EventCodec codec;
  private final ProjectionPositions positions;
  private final ProjectionAudit audit;

  HandOverAudit(
      @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
      EventCodec codec,
      ProjectionPositions positions,
      ObjectProvider<ProjectionAudit> audit) {
    this.bootstrap = bootstrap;
    this.codec = codec;
    this.positions = positions;
    this.audit = audit.getIfAvailable(() -> records -> {});
  }

  /**
   * The live projection resumes at the rebuild's position and so never takes the records between
   * its own position and that one: they are recorded in the audit trail here, in the switch's
   * transaction (a few, read once more: the live projection was at most a poll behind).
   */
  void recordUpTo(Map<TopicPartition, Long> rebuilt) {
    Map<TopicPartition, Long> live = positions.lock(rebuilt.keySet());
    Map<TopicPartition, Long> from = new HashMap<>();
    rebuilt.forEach(
        (partition, next) -> {
          if (live.get(partition) < next) {
            from.put(partition, live.get(partition));
          }
        });
    if (from.isEmpty()) {
      return;
    }
    List<PolledRecord> missed = new ArrayList<>();
    try (LogReader gap = LogReaders.eventLogFrom(bootstrap, codec, from)) {
      gap.readTo(
          rebuilt,
          records -> {
            for (ConsumerRecord<byte[], byte[]> record : records) {
              TopicPartition partition = new TopicPartition(record.topic(), record.partition());
              if (record.offset() >= rebuilt.get(partition)) {
                continue;
              }
              codec
                  .decodeOn(record.topic(), record.value())
                  .ifPresent(
                      event ->
                          missed.add(
                              new PolledRecord(
                                  record.topic(),
                                  record.partition(),
                                  record.offset(),
                                  record.key() == null
                                      ? null
                                      : new String(record.key(), StandardCharsets.UTF_8),
                                  record.value(),
                                  event)));
            }
          });
    }
    if (!missed.isEmpty()) {
      audit.record(missed);
    }
  }
}
