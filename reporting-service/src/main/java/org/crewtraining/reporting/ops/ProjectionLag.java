package org.crewtraining.reporting.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;
import org.crewtraining.reporting.projection.ProjectionPositions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Records not yet applied by the projection, per partition: the partition's end offset minus the
 * later of the projection's stored position (which decides where it resumes, ADR 0004) and the
 * group's committed offset. The stored position is the last applied record + 1, which is the commit
 * marker's offset when that record ended a Kafka transaction; the container commits past the marker
 * once idle (fixTxOffsets), so the group's offset covers it. The group's offsets otherwise trail
 * the stored position by up to the container's ack time, and never count as applied what the stored
 * position does not cover. The health check asks for it fresh; the gauge {@code
 * reporting.projection.lag{topic,partition}} reads a figure at most {@link LagProperties#maxAge()}
 * old, so scrapes cost the broker one ListOffsets per interval, not one each.
 */
@Component
public class ProjectionLag implements MeterBinder, DisposableBean {

  static final List<Topic> CONSUMED = List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  private final ProjectionPositions positions;
  private final KafkaAdmin kafkaAdmin;
  private final LagProperties properties;
  private final String group;
  private Admin admin;
  private Instant measuredAt = Instant.MIN;
  private Map<TopicPartition, Long> recent = Map.of();

  public ProjectionLag(
      ProjectionPositions positions,
      KafkaAdmin kafkaAdmin,
      LagProperties properties,
      @Value("${spring.kafka.consumer.group-id}") String group) {
    this.positions = positions;
    this.kafkaAdmin = kafkaAdmin;
    this.properties = properties;
    this.group = group;
  }

  /** Lag per partition of the consumed topics, measured now. */
  public synchronized Map<TopicPartition, Long> current() throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (TopicPartition partition : partitions()) {
      request.put(partition, OffsetSpec.latest());
    }
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin().listOffsets(request).all().get(2, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin()
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(2, TimeUnit.SECONDS);
    Map<TopicPartition, Long> stored = positions.read(request.keySet());
    Map<TopicPartition, Long> lag = new HashMap<>();
    ends.forEach(
        (p, end) -> {
          OffsetAndMetadata groupAt = committed.get(p);
          long covered =
              Math.max(stored.getOrDefault(p, 0L), groupAt == null ? 0 : groupAt.offset());
          lag.put(p, Math.max(0, end.offset() - covered));
        });
    remember(lag);
    return lag;
  }

  /** The lag of one partition, at most maxAge old; NaN while the broker cannot be asked. */
  synchronized double recent(TopicPartition partition) {
    if (measuredAt.plus(properties.maxAge()).isBefore(Instant.now())) {
      try {
        current();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        remember(Map.of());
      } catch (Exception e) {
        // The gauges show no figure rather than a stale one; health reports the failure.
        remember(Map.of());
      }
    }
    Long lag = recent.get(partition);
    return lag == null ? Double.NaN : lag;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (TopicPartition partition : partitions()) {
      Gauge.builder("reporting.projection.lag", this, lag -> lag.recent(partition))
          .tag("topic", partition.topic())
          .tag("partition", Integer.toString(partition.partition()))
          .description("Records in the partition not yet applied by the projection")
          .register(registry);
    }
  }

  private void remember(Map<TopicPartition, Long> lag) {
    recent = Map.copyOf(lag);
    measuredAt = Instant.now();
  }

  private static List<TopicPartition> partitions() {
    return CONSUMED.stream()
        .flatMap(
            topic ->
                IntStream.range(0, topic.partitions())
                    .mapToObj(p -> new TopicPartition(topic.topicName(), p)))
        .toList();
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }
    return admin;
  }

  @Override
  public synchronized void destroy() {
    if (admin != null) {
      admin.close();
    }
  }
}
