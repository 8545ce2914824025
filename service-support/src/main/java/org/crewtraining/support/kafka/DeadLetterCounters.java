package org.crewtraining.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crewtraining.contracts.Topic;

/**
 * Records parked on a dead-letter topic, per DLT ({@code crew.kafka.dead.letters{topic}}; in
 * Prometheus {@code crew_kafka_dead_letters_total}). Every catalogue DLT has its counter from the
 * start, at 0, so an alert on its increase needs no "absent" case.
 */
public final class DeadLetterCounters {

  static final String NAME = "crew.kafka.dead.letters";

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  public DeadLetterCounters(MeterRegistry registry) {
    this.registry = registry;
    for (Topic topic : Topic.values()) {
      counter(topic.deadLetterTopicName());
    }
  }

  /** One record was published to {@code deadLetterTopic} and acknowledged by the broker. */
  public void published(String deadLetterTopic) {
    counter(deadLetterTopic).increment();
  }

  private Counter counter(String topic) {
    return counters.computeIfAbsent(
        topic,
        t ->
            Counter.builder(NAME)
                .tag("topic", t)
                .description("Records published to a dead-letter topic")
                .register(registry));
  }
}
