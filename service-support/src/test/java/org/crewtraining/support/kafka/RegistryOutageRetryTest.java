package org.crewtraining.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.NewerProducer;
import org.crewtraining.contracts.RealSchemaRegistry;
import org.crewtraining.contracts.RegistryLink;
import org.crewtraining.contracts.RegistrySettings;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramPublished;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * While the registry is away, a record whose schema id the service has not seen yet is retried,
 * neither parked on the DLT nor skipped; it is consumed once the registry answers again.
 */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.consumer.auto-offset-reset=earliest",
      "spring.autoconfigure.exclude="
          + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
          + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "crew.kafka.retry-backoff-ms=10",
      "crew.kafka.database-retry-ms=200"
    })
@EmbeddedKafka(partitions = 1)
class RegistryOutageRetryTest {

  private static final RegistrySettings REAL = RealSchemaRegistry.ensureRunning();
  private static final RegistryLink LINK = link();

  @DynamicPropertySource
  static void registry(DynamicPropertyRegistry properties) {
    properties.add("crew.registry.url", () -> LINK.settings(true).url());
  }

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired Received received;

  @AfterAll
  static void closeLink() throws IOException {
    LINK.close();
  }

  @Test
  void aNewSchemaIdIsRetriedUntilTheRegistryIsBack() throws Exception {
    byte[] newer = NewerProducer.programPublished(REAL, "prg-while-away");
    LINK.cut();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(new ProducerRecord<>(Topic.PROGRAM_EVENTS.topicName(), 0, "prg-while-away", newer))
          .get();
    }

    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> received.events.isEmpty() && deadLetters() == 0);

    LINK.restore();

    await().atMost(Duration.ofSeconds(30)).until(() -> received.events.size() == 1);
    assertThat(((ProgramPublished) received.events.get(0)).getProgramId())
        .isEqualTo("prg-while-away");
    assertThat(deadLetters()).isZero();
  }

  private long deadLetters() {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(Topic.PROGRAM_EVENTS.deadLetterTopicName(), 0);
      return consumer.endOffsets(List.of(partition)).getOrDefault(partition, 0L);
    }
  }

  private static RegistryLink link() {
    try {
      return new RegistryLink(REAL);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    Received received() {
      return new Received();
    }
  }

  static class Received {
    final List<SpecificRecord> events = new CopyOnWriteArrayList<>();

    @KafkaListener(topics = "training.program-events", groupId = "registry-outage-test")
    void on(SpecificRecord event) {
      events.add(event);
    }
  }
}
