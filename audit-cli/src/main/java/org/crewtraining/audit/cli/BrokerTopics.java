package org.crewtraining.audit.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Looks the topics up before reading, so an auditor learns at once that a broker is not there. */
final class BrokerTopics {

  private BrokerTopics() {}

  /** Partitions of the topics, failing fast and clearly when the broker cannot be reached. */
  static List<TopicPartition> partitions(String bootstrap, Collection<String> topics) {
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
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException unknown) {
        throw new IllegalArgumentException("no such topic: " + unknown.getMessage(), unknown);
      }
      throw new BrokerUnreachableException(bootstrap, e.getCause());
    } catch (TimeoutException e) {
      throw new BrokerUnreachableException(bootstrap, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerUnreachableException(bootstrap, e);
    }
  }
}
