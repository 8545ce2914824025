package org.crewtraining.reporting.ops;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;
import org.crewtraining.reporting.projection.EventBatchListener;
import org.crewtraining.reporting.projection.ProjectionPositions;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Health of the projection ("projection" in /actuator/health): DOWN when its listener container is
 * not running; details give the consumer lag per topic (end offsets minus the projection's stored
 * positions, which decide where it resumes; the group's offsets trail them by up to the container's
 * ack time) and the time of the newest applied event.
 */
@Component("projection")
public class ProjectionHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private static final List<Topic> CONSUMED =
      List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  private final KafkaListenerEndpointRegistry registry;
  private final ProjectionStore store;
  private final ProjectionPositions positions;
  private final KafkaAdmin kafkaAdmin;
  private Admin admin;

  public ProjectionHealthIndicator(
      KafkaListenerEndpointRegistry registry,
      ProjectionStore store,
      ProjectionPositions positions,
      KafkaAdmin kafkaAdmin) {
    super("Projection health check failed");
    this.registry = registry;
    this.store = store;
    this.positions = positions;
    this.kafkaAdmin = kafkaAdmin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    MessageListenerContainer container = registry.getListenerContainer(EventBatchListener.ID);
    boolean running = container != null && container.isRunning();
    builder.status(running ? "UP" : "DOWN").withDetail("listenerRunning", running);
    Instant lastEventAt = store.lastEventAt();
    builder.withDetail("lastAppliedEventAt", lastEventAt == null ? "none" : lastEventAt.toString());
    if (container != null) {
      builder.withDetail("consumerLag", lag());
    }
  }

  /** Records not yet applied, per topic and in total. */
  private Map<String, Long> lag() throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (Topic topic : CONSUMED) {
      for (int p = 0; p < topic.partitions(); p++) {
        request.put(new TopicPartition(topic.topicName(), p), OffsetSpec.latest());
      }
    }
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin().listOffsets(request).all().get(2, TimeUnit.SECONDS);
    Map<TopicPartition, Long> stored = positions.read(request.keySet());
    Map<String, Long> lag = new HashMap<>();
    long total = 0;
    for (var end : ends.entrySet()) {
      long behind = end.getValue().offset() - stored.getOrDefault(end.getKey(), 0L);
      lag.merge(end.getKey().topic(), behind, Long::sum);
      total += behind;
    }
    lag.put("total", total);
    return lag;
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
