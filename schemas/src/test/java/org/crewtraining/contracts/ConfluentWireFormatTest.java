package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Every event type through a real broker and the real registry: the bytes on the topic are
 * Confluent-framed with the registry's id for the event's subject and current version, the
 * registry's Confluent API returns the writer schema for that id, and {@code ce_dataschema} points
 * at it.
 */
@EmbeddedKafka(
    partitions = 1,
    topics = {
      "training.program-events",
      "training.enrollment-events",
      "training.completion-metrics"
    })
class ConfluentWireFormatTest {

  private final RegistrySettings settings = RealSchemaRegistry.ensureRunning();
  private final ConfluentRegistryApi api = new ConfluentRegistryApi(settings);

  @Test
  void everyEventTypeIsFramedWithItsRegistryIdOnTheBroker(EmbeddedKafkaBroker broker)
      throws Exception {
    Map<EventType, SpecificRecord> sent = SampleEvents.all();
    Map<String, Object> configs = new HashMap<>(settings.configs());
    configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class);
    try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(configs)) {
      for (SpecificRecord event : sent.values()) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }

    List<ConsumerRecord<byte[], byte[]>> records =
        LogReader.readAll(broker.getBrokersAsString(), LogReader.namesOf(List.of(Topic.values())));

    assertThat(records).hasSize(sent.size());
    Map<EventType, Integer> seen = new EnumMap<>(EventType.class);
    EventDeserializer deserializer = new EventDeserializer();
    deserializer.configure(settings.configs(), false);
    for (ConsumerRecord<byte[], byte[]> record : records) {
      byte[] bytes = record.value();
      SpecificRecord event = deserializer.deserialize(record.topic(), bytes);
      EventType type = EventType.of(event);
      assertThat(event).isEqualTo(sent.get(type));

      JsonNode registered = api.lookUp(type.subject(), type.currentSchema());
      int expectedId = registered.get("id").asInt();
      assertThat(registered.get("version").asInt())
          .isEqualTo(SchemaHistory.bundled().versionsOf(type).size());
      assertThat(bytes[0]).as("magic byte").isZero();
      assertThat(new byte[] {bytes[1], bytes[2], bytes[3], bytes[4]})
          .as("big-endian id of " + type.subject())
          .isEqualTo(ByteBuffer.allocate(4).putInt(expectedId).array());
      assertThat(api.schemaById(expectedId)).isEqualTo(type.currentSchema());
      assertThat(
              new String(
                  record.headers().lastHeader("ce_dataschema").value(), StandardCharsets.US_ASCII))
          .isEqualTo(settings.url() + "/schemas/ids/" + expectedId);
      assertThat(api.compatibilityOf(type.subject())).isEqualTo("FULL_TRANSITIVE");
      seen.put(type, expectedId);
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder(EventType.values());
  }
}
