package org.crewtraining.audit.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics without a consumer group (assign + seek), so auditing never moves any service's
 * offsets, and checks the broker is there before anything else.
 */
final class EventLogReader implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  private final String bootstrap;
  private final KafkaConsumer<byte[], byte[]> consumer;

  EventLogReader(String bootstrap) {
    this.bootstrap = bootstrap;
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    this.consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Partitions of the topics, failing fast and clearly when the broker cannot be reached. */
  List<TopicPartition> partitions(Collection<String> topics) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    try (Admin admin = Admin.create(props)) {
      Map<String, TopicDescription> descriptions =
          admin.describeTopics(topics).allTopicNames().get(6, TimeUnit.SECONDS);
      List<TopicPartition> partitions = new ArrayList<>();
      descriptions.forEach(
          (name, description) ->
              description
                  .partitions()
                  .forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
      return partitions;
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause()
          instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException unknown) {
        throw new IllegalArgumentException("no such topic: " + unknown.getMessage(), unknown);
      }
      throw new BrokerUnreachableException(bootstrap, e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new BrokerUnreachableException(bootstrap, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerUnreachableException(bootstrap, e);
    }
  }

  /** Every record from the beginning up to the end offsets seen now, in offset order. */
  void readToEnd(
      List<TopicPartition> partitions,
      Predicate<ConsumerRecord<byte[], byte[]>> filter,
      Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    while (!reached(end)) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
            && filter.test(record)) {
          sink.accept(record);
        }
      }
    }
  }

  /** Follows the partitions (from the end, or the beginning) until limit records or stopped. */
  void follow(
      List<TopicPartition> partitions,
      boolean fromBeginning,
      long limit,
      Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve "end" now, not at the first poll
    }
    long seen = 0;
    while (seen < limit) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        sink.accept(record);
        if (++seen >= limit) {
          return;
        }
      }
    }
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
