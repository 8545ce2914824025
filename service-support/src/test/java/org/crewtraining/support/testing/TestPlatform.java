package org.crewtraining.support.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.crewtraining.contracts.ControlTopic;
import org.crewtraining.contracts.Topic;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Services in one JVM as a deployment runs them: a real KRaft broker with the catalogue topics and
 * each service as its own application context with its own production configuration
 * (application.yml), only the addresses overridden. For modules that test several services together
 * (system-tests, hostile-input-tests); run from such a module's directory.
 */
public final class TestPlatform implements AutoCloseable {

  private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

  public TestPlatform() {
    // The outbox relays publish in transactions: the transaction log must fit on one broker.
    broker.brokerProperty("transaction.state.log.replication.factor", "1");
    broker.brokerProperty("transaction.state.log.min.isr", "1");
    broker.afterPropertiesSet();
    createCatalogueTopics(broker.getBrokersAsString());
  }

  public String bootstrapServers() {
    return broker.getBrokersAsString();
  }

  /**
   * Starts {@code application} on a random port against {@code database}, configured by {@code
   * ../<name>-service/src/main/resources/application.yml}.
   */
  public ConfigurableApplicationContext start(
      Class<?> application, String name, PostgresTestDatabase.Database database) {
    // Command-line arguments: they win over application.yml, unlike builder properties.
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .run(
                "--spring.config.location=" + configOf(name),
                "--server.port=0",
                // Actuator's port too: the defaults (8091-8093) would collide with bin/run.
                "--management.server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--crew.kafka.create-topics=false");
    contexts.add(context);
    return context;
  }

  /** The base URL of a context started here. */
  public static String urlOf(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  /** The base URL of its management port (actuator), open to loopback without credentials. */
  public static String managementUrlOf(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
  }

  /**
   * Every service jar carries an application.yml at the same classpath path, so each context is
   * pointed at its own service's file explicitly.
   */
  private static String configOf(String name) {
    Path file = Path.of("..", name + "-service", "src", "main", "resources", "application.yml");
    if (!Files.exists(file)) {
      throw new IllegalStateException("Run from a module next to the services: missing " + file);
    }
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * Created before anything publishes: a topic auto-created by a first publish would get the
   * broker's default partition count, and per-programme key order would break when it grows.
   */
  private static void createCatalogueTopics(String bootstrap) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<NewTopic> topics = new ArrayList<>();
      for (Topic topic : Topic.values()) {
        topics.add(
            new NewTopic(topic.topicName(), topic.partitions(), (short) 1)
                .configs(topic.configs()));
        topics.add(
            new NewTopic(topic.deadLetterTopicName(), topic.partitions(), (short) 1)
                .configs(topic.configs()));
      }
      for (ControlTopic topic : ControlTopic.values()) {
        topics.add(
            new NewTopic(topic.topicName(), topic.partitions(), (short) 1)
                .configs(topic.configs()));
      }
      admin.createTopics(topics).all().get();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the catalogue topics", e);
    }
  }

  /** Services first, while the broker still answers, then the broker. */
  @Override
  public void close() {
    for (int i = contexts.size() - 1; i >= 0; i--) {
      contexts.get(i).close();
    }
    broker.destroy();
  }
}
