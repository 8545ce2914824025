package org.crewtraining.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.ControlTopic;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDecodingException;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.SchemaRegistryUnavailableException;
import org.crewtraining.contracts.Topic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Wires every service to the bus the same way: catalogue serde on producers and consumers, records
 * that cannot be decoded or processed parked on the topic's DLT with their original bytes,
 * catalogue topics (and the control topics) created at start-up.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({EventBusProperties.class, RegistryProperties.class})
public class EventKafkaAutoConfiguration {

  private static final int PRODUCER_CLOSE_SECONDS = 3;

  /** How long a dead-lettering waits to read the record back from the log before retrying. */
  private static final Duration ORIGINAL_READ_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The process's codec, its registry ids resolved now: start-up fails naming the subject of a
   * schema the registry does not have (deployment), or registers the history first (locally).
   */
  @Bean
  @ConditionalOnMissingBean
  EventCodec eventCodec(RegistryProperties registry) {
    EventCodec codec = EventCodec.forRegistry(registry.settings());
    codec.ids().prepare();
    return codec;
  }

  @Bean
  DefaultKafkaProducerFactoryCustomizer eventProducerFactoryCustomizer(
      RegistryProperties registry) {
    return factory -> {
      factory.updateConfigs(eventProducerConfigs());
      factory.updateConfigs(registry.settings().configs());
      // Shutdown must not hang for the 30 s default when the broker is already gone.
      factory.setPhysicalCloseTimeout(PRODUCER_CLOSE_SECONDS);
    };
  }

  @Bean
  DefaultKafkaConsumerFactoryCustomizer eventConsumerFactoryCustomizer(
      RegistryProperties registry) {
    return factory -> {
      factory.updateConfigs(
          Map.of(
              ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
              ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
              ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, EventDeserializer.class,
              ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
      factory.updateConfigs(registry.settings().configs());
    };
  }

  /** Health "broker", in the readiness group ({@link BrokerHealthIndicator}). */
  @Bean("broker")
  BrokerHealthIndicator brokerHealthIndicator(KafkaAdmin kafkaAdmin) {
    return new BrokerHealthIndicator(kafkaAdmin, Duration.ofSeconds(2));
  }

  /** Lag 0 when idle despite transaction markers ({@link TransactionMarkerOffsets}). */
  @Bean
  static TransactionMarkerOffsets transactionMarkerOffsets() {
    return new TransactionMarkerOffsets();
  }

  /** Idempotent, fully acknowledged, catalogue-serialized: no duplicates or reordering. */
  public static Map<String, Object> eventProducerConfigs() {
    Map<String, Object> configs = new HashMap<>();
    configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class);
    configs.put(ProducerConfig.ACKS_CONFIG, "all");
    configs.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return configs;
  }

  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler deadLetteringErrorHandler(
      ProducerFactory<?, ?> producerFactory,
      ConsumerFactory<?, ?> consumerFactory,
      EventBusProperties properties,
      EventCodec codec,
      ObjectProvider<MeterRegistry> registries) {
    // Contexts without actuator (a few tests) still dead-letter, counting into a registry of their
    // own.
    MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
    DeadLetterPublishingRecoverer deadLetters =
        new OriginalBytesDeadLetterRecoverer(
            deadLetterTemplate(producerFactory, codec, registry),
            (record, exception) ->
                new TopicPartition(Topic.deadLetterTopicFor(record.topic()), record.partition()),
            new LoggedRecords(consumerFactory.getConfigurationProperties(), ORIGINAL_READ_TIMEOUT),
            new DeadLetterCounters(registry));
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, exception) -> {
              if (DatabaseUnavailable.causedBy(exception)
                  || SchemaRegistryUnavailableException.causedBy(exception)) {
                // Not the record's fault: refuse to park it, so it is sought back and retried
                // until the database (or the registry, for a schema id not seen yet) returns
                // instead of landing on the DLT.
                throw new IllegalStateException(
                    "Database or schema registry unavailable; "
                        + record.topic()
                        + "-"
                        + record.partition()
                        + "@"
                        + record.offset()
                        + " will be redelivered",
                    exception);
              }
              deadLetters.accept(record, exception);
            },
            new FixedBackOff(properties.retryBackoffMs(), properties.retryAttempts()));
    handler.setBackOffFunction(
        (record, exception) ->
            DatabaseUnavailable.causedBy(exception)
                    || SchemaRegistryUnavailableException.causedBy(exception)
                ? new FixedBackOff(properties.databaseRetryMs(), FixedBackOff.UNLIMITED_ATTEMPTS)
                : null);
    // A record that cannot be decoded is parked at once; one whose schema id cannot be resolved
    // yet (registry away) is retried with the back-off above, which a fatal classification of
    // every deserialization failure would skip.
    handler.removeClassification(DeserializationException.class);
    handler.addNotRetryableExceptions(EventDecodingException.class);
    return handler;
  }

  /**
   * Writes the key and value bytes the recoverer read back from the log unchanged; only a record
   * the log no longer holds arrives decoded, and is re-encoded with the catalogue serde.
   */
  private static KafkaTemplate<Object, Object> deadLetterTemplate(
      ProducerFactory<?, ?> base, EventCodec codec, MeterRegistry registry) {
    Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
    byType.put(byte[].class, new ByteArraySerializer());
    byType.put(SpecificRecord.class, new EventSerializer(codec));
    byType.put(String.class, new StringSerializer());
    Map<String, Object> configs = new HashMap<>(base.getConfigurationProperties());
    configs.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<Object, Object> factory =
        new DefaultKafkaProducerFactory<>(configs);
    factory.setKeySerializer(
        new DelegatingByTypeSerializer(
            Map.of(byte[].class, new ByteArraySerializer(), String.class, new StringSerializer())));
    factory.setValueSerializer(new DelegatingByTypeSerializer(byType, true));
    // Built here, not by Boot, so Boot's Kafka metrics customizer never sees this factory.
    factory.addListener(new MicrometerProducerListener<>(registry));
    return new KafkaTemplate<>(factory);
  }

  @Bean
  @ConditionalOnProperty(name = "crew.kafka.create-topics", matchIfMissing = true)
  KafkaAdmin.NewTopics catalogueTopics(EventBusProperties properties) {
    List<NewTopic> topics = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      topics.add(newTopic(topic.topicName(), topic, properties));
      topics.add(newTopic(topic.deadLetterTopicName(), topic, properties));
    }
    for (ControlTopic topic : ControlTopic.values()) {
      topics.add(
          TopicBuilder.name(topic.topicName())
              .partitions(topic.partitions())
              .replicas(properties.replicationFactor())
              .configs(topic.configs())
              .build());
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  private static NewTopic newTopic(String name, Topic topic, EventBusProperties properties) {
    return TopicBuilder.name(name)
        .partitions(topic.partitions())
        .replicas(properties.replicationFactor())
        .configs(topic.configs())
        .build();
  }
}
