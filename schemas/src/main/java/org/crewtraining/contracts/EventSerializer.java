package org.crewtraining.contracts;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer: Confluent-framed Avro (registry id of the writer schema) plus CloudEvents
 * binary-mode headers. The registry comes from the producer configs ({@link
 * RegistrySettings#URL_CONFIG}), else {@link RegistrySettings#fromEnvironment()}.
 */
public class EventSerializer implements Serializer<SpecificRecord> {

  private EventCodec codec = EventCodec.standard();

  public EventSerializer() {}

  public EventSerializer(EventCodec codec) {
    this.codec = codec;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    codec = EventCodec.forRegistry(RegistrySettings.fromConfigs(configs));
  }

  @Override
  public byte[] serialize(String topic, SpecificRecord event) {
    return event == null ? null : codec.encode(event);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, SpecificRecord event) {
    if (event == null) {
      return null;
    }
    EventType type = EventType.of(event);
    CloudEventHeaders.write(
        headers, type, type.keyOf(event), Events.metadataOf(event), codec.dataSchemaOf(type));
    return codec.encode(type, event);
  }
}
