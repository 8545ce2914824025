package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Our codec writes the Confluent framing itself (docs/performance.md: Apicurio's serializer costs
 * more than the 1.3x budget over plain Avro). This proves the bytes are exactly Apicurio's serde's,
 * configured for Confluent compatibility (4-byte content id, no id headers, the subject in the
 * default group), for every event type, and that Apicurio's deserializer reads ours.
 */
class ApicurioFramingTest {

  private final RegistrySettings settings = RealSchemaRegistry.ensureRunning();
  private final EventCodec codec = EventCodec.forRegistry(settings);

  @ParameterizedTest
  @EnumSource(EventType.class)
  void ourBytesAreApicuriosBytes(EventType type) {
    SpecificRecord event = SampleEvents.of(type);
    String topic = type.topic().topicName();
    Map<String, Object> configs =
        Map.of(
            "apicurio.registry.url",
            settings.apicurioApiUrl(),
            "apicurio.registry.http.adapter",
            "JDK",
            "apicurio.registry.auto-register",
            false,
            "apicurio.registry.find-latest",
            true,
            "apicurio.registry.use-id",
            "contentId",
            "apicurio.registry.headers.enabled",
            false,
            "apicurio.registry.artifact.group-id",
            "default",
            "apicurio.registry.artifact.artifact-id",
            type.subject(),
            "apicurio.registry.use-specific-avro-reader",
            true);

    byte[] apicurio;
    try (AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>()) {
      serializer.configure(configs, false);
      apicurio = serializer.serialize(topic, event);
    }
    byte[] ours = codec.encode(event);

    assertThat(ours).isEqualTo(apicurio);
    try (AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>()) {
      deserializer.configure(configs, false);
      assertThat(deserializer.deserialize(topic, ours)).isEqualTo(event);
    }
  }
}
