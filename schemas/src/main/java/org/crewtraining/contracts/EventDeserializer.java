package org.crewtraining.contracts;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for catalogue events. Rejects garbage, unknown fingerprints and events that
 * belong on another catalogue topic; wrap it in spring-kafka's ErrorHandlingDeserializer so such
 * records go to the dead-letter topic instead of blocking the partition.
 */
public class EventDeserializer implements Deserializer<SpecificRecord> {

  private final EventCodec codec = EventCodec.standard();

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
