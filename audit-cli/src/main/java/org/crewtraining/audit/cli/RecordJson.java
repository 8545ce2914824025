package org.crewtraining.audit.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDecodingException;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.EventType;

/**
 * One JSON line per record: coordinates, key, CloudEvents headers, event type and the decoded event
 * — or the decoding error with the raw bytes in base64, so nothing is hidden from an auditor.
 */
final class RecordJson {

  private static final EventCodec CODEC = EventCodec.standard();

  private RecordJson() {}

  /**
   * The decoded event, if the bytes are a known event that belongs on the record's topic (what the
   * services' consumers accept; anything else they parked on the DLT).
   */
  static Optional<SpecificRecord> decode(ConsumerRecord<byte[], byte[]> record) {
    return CODEC.decodeOn(record.topic(), record.value());
  }

  static String render(ConsumerRecord<byte[], byte[]> record) {
    StringBuilder json = new StringBuilder(512);
    json.append("{\"topic\":")
        .append(quote(record.topic()))
        .append(",\"partition\":")
        .append(record.partition())
        .append(",\"offset\":")
        .append(record.offset())
        .append(",\"timestamp\":")
        .append(quote(Instant.ofEpochMilli(record.timestamp()).toString()))
        .append(",\"key\":")
        .append(record.key() == null ? "null" : quote(utf8(record.key())))
        .append(",\"headers\":{");
    boolean first = true;
    for (Header header : record.headers()) {
      json.append(first ? "" : ",")
          .append(quote(header.key()))
          .append(':')
          .append(header.value() == null ? "null" : quote(utf8(header.value())));
      first = false;
    }
    json.append('}');
    try {
      SpecificRecord event = CODEC.decode(record.value());
      json.append(",\"type\":")
          .append(quote(EventType.of(event).simpleName()))
          .append(",\"event\":")
          .append(EventJson.toJson(event));
    } catch (EventDecodingException | NullPointerException e) {
      json.append(",\"error\":")
          .append(quote(String.valueOf(e.getMessage())))
          .append(",\"rawBase64\":")
          .append(
              record.value() == null
                  ? "null"
                  : quote(java.util.Base64.getEncoder().encodeToString(record.value())));
    }
    return json.append('}').toString();
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    EventJson.string(out, text);
    return out.toString();
  }
}
