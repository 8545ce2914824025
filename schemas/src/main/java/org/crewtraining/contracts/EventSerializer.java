package org.crewtraining.contracts;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer: single-object encoded Avro plus CloudEvents binary-mode headers. */
public class EventSerializer implements Serializer<SpecificRecord> {

  private final EventCodec codec = EventCodec.standard();

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
    CloudEventHeaders.write(headers, type, type.keyOf(event), Events.metadataOf(event));
    return codec.encode(type, event);
  }
}
