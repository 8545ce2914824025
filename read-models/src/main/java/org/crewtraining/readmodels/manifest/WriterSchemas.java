package org.crewtraining.readmodels.manifest;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.SchemaHistory;
import org.crewtraining.contracts.SchemaIds;

/**
 * The writer schema a record's bytes name: the registry id of the Confluent framing (its schema
 * asked of the registry that issued it, cached), or the CRC-64-AVRO fingerprint of the
 * single-object encoding (looked up in the bundled history), with both fingerprints of its parsing
 * canonical form. Thread-safe (one per service, shared by its requests).
 */
public final class WriterSchemas {

  /** A writer schema without a count. */
  public record Key(Integer schemaId, String eventType, String fingerprint, String crc64) {}

  private final SchemaIds ids;
  private final Map<Long, Schema> byCrc64 = new HashMap<>();
  private final Map<Integer, Key> byId = new ConcurrentHashMap<>();

  public WriterSchemas(SchemaIds ids) {
    this.ids = ids;
    SchemaHistory history = SchemaHistory.bundled();
    for (EventType type : EventType.values()) {
      history.versionsOf(type).forEach(s -> byCrc64.put(crc64(s), s));
      byCrc64.put(crc64(type.currentSchema()), type.currentSchema());
    }
  }

  /**
   * The schema of a record's bytes, which must be a catalogue event (the caller decoded them).
   *
   * @throws IllegalArgumentException when the bytes name no known schema
   */
  public Key of(byte[] raw) {
    if (EventCodec.isConfluentFramed(raw)) {
      int id = ByteBuffer.wrap(raw, 1, 4).getInt();
      Key known = byId.get(id);
      if (known == null) {
        known =
            ids.writerOf(id)
                .map(w -> key(id, w.schema()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown schema id " + id));
        byId.put(id, known);
      }
      return known;
    }
    long crc = EventCodec.fingerprint(raw);
    Schema schema = byCrc64.get(crc);
    if (schema == null) {
      throw new IllegalArgumentException("Unknown schema fingerprint " + Long.toHexString(crc));
    }
    return key(null, schema);
  }

  private static Key key(Integer id, Schema schema) {
    try {
      return new Key(
          id,
          EventType.ofFullName(schema.getFullName()).simpleName(),
          HexFormat.of().formatHex(SchemaNormalization.parsingFingerprint("SHA-256", schema)),
          String.format("%016x", crc64(schema)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static long crc64(Schema schema) {
    return SchemaNormalization.parsingFingerprint64(schema);
  }
}
