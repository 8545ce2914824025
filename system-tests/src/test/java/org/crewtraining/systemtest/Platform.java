package org.crewtraining.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.crewtraining.contracts.Topic;
import org.crewtraining.enrollment.EnrollmentServiceApplication;
import org.crewtraining.program.ProgramServiceApplication;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole platform in one JVM: a real KRaft broker, three fresh PostgreSQL databases and the
 * three services as separate application contexts, each with its own production configuration
 * (application.yml) and only the addresses overridden.
 */
final class Platform implements AutoCloseable {

  private final EmbeddedKafkaKraftBroker broker;
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
  final String programUrl;
  final String enrollmentUrl;
  final String reportingUrl;

  private Platform(EmbeddedKafkaKraftBroker broker) {
    this.broker = broker;
    this.programUrl = start(ProgramServiceApplication.class, "program");
    this.enrollmentUrl = start(EnrollmentServiceApplication.class, "enrollment");
    this.reportingUrl = start(ReportingServiceApplication.class, "reporting");
  }

  /**
   * Every service jar carries an application.yml at the same classpath path, so each context is
   * pointed at its own service's file explicitly.
   */
  private static String configOf(String name) {
    Path file = Path.of("..", name + "-service", "src", "main", "resources", "application.yml");
    if (!Files.exists(file)) {
      throw new IllegalStateException("Run from the system-tests module: missing " + file);
    }
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  private static Platform shared;

  /**
   * One platform for every system test in this JVM (starting it costs ~30 s); closed at exit,
   * services first while the broker still answers.
   */
  static synchronized Platform shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "platform-shutdown"));
    }
    return shared;
  }

  static Platform start() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    // The outbox relays publish in transactions: the transaction log must fit on one broker.
    broker.brokerProperty("transaction.state.log.replication.factor", "1");
    broker.brokerProperty("transaction.state.log.min.isr", "1");
    broker.afterPropertiesSet();
    createCatalogueTopics(broker.getBrokersAsString());
    return new Platform(broker);
  }

  String bootstrapServers() {
    return broker.getBrokersAsString();
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
      admin.createTopics(topics).all().get();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the catalogue topics", e);
    }
  }

  private String start(Class<?> application, String name) {
    PostgresTestDatabase.Database database = PostgresTestDatabase.create(name);
    // Command-line arguments: they win over application.yml, unlike builder properties.
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .run(
                "--spring.config.location=" + configOf(name),
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--crew.kafka.create-topics=false");
    contexts.add(context);
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  @Override
  public void close() {
    // Services first, while the broker still answers, then the broker.
    for (int i = contexts.size() - 1; i >= 0; i--) {
      contexts.get(i).close();
    }
    broker.destroy();
  }
}
