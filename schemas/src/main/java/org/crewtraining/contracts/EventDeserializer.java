package org.crewtraining.contracts;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for catalogue events in either framing. Rejects garbage, unknown schemas and
 * events that belong on another catalogue topic; wrap it in spring-kafka's
 * ErrorHandlingDeserializer so such records go to the dead-letter topic instead of blocking the
 * partition. A new schema id while the registry is away is a {@link
 * SchemaRegistryUnavailableException} (retry, don't park).
 */
public class EventDeserializer implements Deserializer<SpecificRecord> {

  private EventCodec codec = EventCodec.standard();

  public EventDeserializer() {}

  public EventDeserializer(EventCodec codec) {
    this.codec = codec;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    codec = EventCodec.forRegistry(RegistrySettings.fromConfigs(configs));
  }

  @Override
  public SpecificRecord deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return codec.decodeStrictlyOn(topic, bytes);
    } catch (EventDecodingException e) {
      throw new SerializationException(e.getMessage(), e);
    }
  }

  @Override
  public SpecificRecord deserialize(String topic, Headers headers, byte[] bytes) {
    return deserialize(topic, bytes);
  }
}
