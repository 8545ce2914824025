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
 * to the group where the group's offset is behind it, so lag (operators' tools) reads right even
 * before a record arrives; a group offset ahead of it is left alone (the commit marker, below). A
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
    stored.forEach(consumer::seek);
    if (stored.isEmpty()) {
      return;
    }
    try {
      Map<TopicPartition, OffsetAndMetadata> group = consumer.committed(stored.keySet());
      Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
      stored.forEach(
          (partition, next) -> {
            OffsetAndMetadata at = group.get(partition);
            // Never back: a group offset past the stored position is the container's commit past
            // the transaction marker that follows the last record (fixTxOffsets); moving it back
            // onto the marker would show lag 1 on an idle partition until the next event.
            if (at == null || at.offset() < next) {
              commit.put(partition, new OffsetAndMetadata(next));
            }
          });
      if (!commit.isEmpty()) {
        consumer.commitSync(commit);
      }
    } catch (KafkaException e) {
      // Only what lag readers see: the seeks above already decide where reading resumes.
      LOG.warn(e, "Could not commit the stored positions to the group: " + stored);
    }
  }
}
