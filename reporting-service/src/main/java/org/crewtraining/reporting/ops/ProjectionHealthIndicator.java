package org.crewtraining.reporting.ops;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.reporting.projection.EventBatchListener;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Health of the projection ("projection" in /actuator/health on the management port): DOWN when its
 * listener container is not running; details give the consumer lag per topic (summed from {@link
 * ProjectionLag}, measured at each check) and the time of the newest applied event.
 */
@Component("projection")
public class ProjectionHealthIndicator extends AbstractHealthIndicator {

  private final KafkaListenerEndpointRegistry registry;
  private final ProjectionStore store;
  private final ProjectionLag projectionLag;

  public ProjectionHealthIndicator(
      KafkaListenerEndpointRegistry registry, ProjectionStore store, ProjectionLag projectionLag) {
    super("Projection health check failed");
    this.registry = registry;
    this.store = store;
    this.projectionLag = projectionLag;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    MessageListenerContainer container = registry.getListenerContainer(EventBatchListener.ID);
    boolean running = container != null && container.isRunning();
    builder.status(running ? "UP" : "DOWN").withDetail("listenerRunning", running);
    Instant lastEventAt = store.lastEventAt();
    builder.withDetail("lastAppliedEventAt", lastEventAt == null ? "none" : lastEventAt.toString());
    if (container != null) {
      builder.withDetail("consumerLag", lagPerTopic());
    }
  }

  /** Records not yet applied, per topic and in total. */
  private Map<String, Long> lagPerTopic() throws Exception {
    Map<String, Long> lag = new HashMap<>();
    long total = 0;
    for (Map.Entry<TopicPartition, Long> partition : projectionLag.current().entrySet()) {
      lag.merge(partition.getKey().topic(), partition.getValue(), Long::sum);
      total += partition.getValue();
    }
    lag.put("total", total);
    return lag;
  }
}
