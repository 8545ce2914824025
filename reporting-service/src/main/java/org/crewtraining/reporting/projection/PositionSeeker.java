package org.crewtraining.reporting.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Starts the projection where its stored position says, whatever the consumer group committed: on
 * every assignment it seeks each partition that has a position there. It also commits that position
 * to the group, so lag (health, operators' tools) reads right even before a record arrives. A
 * partition without a stored position starts where the group stands (or at the beginning for a new
 * group).
 */
@Component(PositionSeeker.BEAN)
public class PositionSeeker
    implements ConsumerAwareRebalanceListener,
        ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> {

  /** Bean name, for {@code @KafkaListener(containerPostProcessor = ...)}. */
  public static final String BEAN = "projectionPositionSeeker";

  private static final LogAccessor LOG = new LogAccessor(PositionSeeker.class);

  private final ProjectionPositions positions;

  public PositionSeeker(ProjectionPositions positions) {
    this.positions = positions;
  }

  @Override
  public void postProcess(AbstractMessageListenerContainer<Object, Object> container) {
    container.getContainerProperties().setConsumerRebalanceListener(this);
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    Map<TopicPartition, Long> stored = positions.read(partitions);
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    stored.forEach(
        (partition, next) -> {
          consumer.seek(partition, next);
          commit.put(partition, new OffsetAndMetadata(next));
        });
    if (!commit.isEmpty()) {
      try {
        consumer.commitSync(commit);
      } catch (KafkaException e) {
        // Only what lag readers see: the seeks above already decide where reading resumes.
        LOG.warn(e, "Could not commit the stored positions to the group: " + commit);
      }
    }
  }
}
