package org.crewtraining.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding for the event catalogue: {@code C3 01}, the writer schema's
 * CRC-64-AVRO fingerprint (8 bytes, little-endian), then the Avro binary body. Any published
 * version of an event decodes into today's generated class. Thread-safe.
 */
public final class EventCodec {

  private static final EventCodec STANDARD = new EventCodec(SchemaHistory.bundled());
  private static final int HEADER_LENGTH = 10;
  private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(512));
  private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();
  private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

  private final Map<Long, EventType> typeByFingerprint = new HashMap<>();

  /**
   * Per type: the 10-byte single-object header of the current schema and its writer. Writing them
   * straight into one buffer gives the same bytes as Avro's BinaryMessageEncoder, which stages the
   * body in a second buffer and copies it (docs/performance.md).
   */
  private final Map<EventType, byte[]> headers = new EnumMap<>(EventType.class);

  private final Map<EventType, DatumWriter<SpecificRecord>> writers =
      new EnumMap<>(EventType.class);

  private final Map<EventType, RetiredFields> retired = new EnumMap<>(EventType.class);

  /**
   * One resolving reader per known writer fingerprint. Decoding goes straight from the byte array
   * after the 10-byte header: Avro's BinaryMessageDecoder reads through a ByteArrayInputStream
   * (synchronized read per varint byte) with a direct, unbuffered decoder: about 1.6x slower than
   * plain Avro in the serde benchmark (docs/performance.md).
   */
  private final Map<Long, DatumReader<SpecificRecord>> readers = new HashMap<>();

  public EventCodec(SchemaHistory history) {
    AvroTrust.ensureInstalled();
    for (EventType type : EventType.values()) {
      SpecificData model = SpecificData.getForClass(type.javaClass());
      headers.put(type, singleObjectHeader(type.currentSchema()));
      writers.put(type, writerFor(model, type));
      retired.put(type, RetiredFields.of(type.currentSchema()));
      for (Schema version : history.versionsOf(type)) {
        addReader(model, type, version);
      }
      addReader(model, type, type.currentSchema());
    }
  }

  @SuppressWarnings("unchecked")
  private void addReader(SpecificData model, EventType type, Schema writer) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(writer);
    typeByFingerprint.put(fingerprint, type);
    readers.put(
        fingerprint,
        (DatumReader<SpecificRecord>) model.createDatumReader(writer, type.currentSchema()));
  }

  @SuppressWarnings("unchecked")
  private static DatumWriter<SpecificRecord> writerFor(SpecificData model, EventType type) {
    return (DatumWriter<SpecificRecord>) model.createDatumWriter(type.currentSchema());
  }

  private static byte[] singleObjectHeader(Schema schema) {
    return ByteBuffer.allocate(HEADER_LENGTH)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put((byte) 0xC3)
        .put((byte) 0x01)
        .putLong(SchemaNormalization.parsingFingerprint64(schema))
        .array();
  }

  /** The codec over the schema history bundled in this jar. */
  public static EventCodec standard() {
    return STANDARD;
  }

  public byte[] encode(SpecificRecord event) {
    return encode(EventType.of(event), event);
  }

  /**
   * Encodes header and body straight into one reused buffer, then copies it out once.
   *
   * @throws IllegalStateException when a retired field is not empty ({@link RetiredFields})
   */
  public byte[] encode(EventType type, SpecificRecord event) {
    retired.get(type).requireEmpty(event);
    try {
      ByteArrayOutputStream out = BUFFER.get();
      out.reset();
      out.write(headers.get(type));
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, ENCODER.get());
      ENCODER.set(encoder);
      writers.get(type).write(event, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot encode " + event.getClass().getSimpleName(), e);
    }
  }

  /**
   * @throws EventDecodingException for anything that is not a known event version
   */
  public SpecificRecord decode(byte[] bytes) {
    EventType type =
        typeOf(bytes)
            .orElseThrow(
                () ->
                    new EventDecodingException(
                        bytes == null || !hasMarker(bytes)
                            ? "Not Avro single-object encoded (missing C3 01 marker)"
                            : "Unknown schema fingerprint " + fingerprintHex(bytes)));
    try {
      BinaryDecoder decoder =
          DecoderFactory.get()
              .binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, DECODER.get());
      DECODER.set(decoder);
      return readers.get(fingerprint(bytes)).read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "Cannot decode " + type.simpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The event read from a topic, if it is what the services' consumers accept there: a known event
   * version that belongs on that topic. Anything else (no value, garbage, an unknown schema, an
   * event of another catalogue topic) they park on the dead-letter topic, so readers of the log
   * skip it. The one place every reader of a topic decodes through.
   */
  public Optional<SpecificRecord> decodeOn(String topic, byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(decodeStrictlyOn(topic, bytes));
    } catch (EventDecodingException e) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #decodeOn}, saying why a record is not accepted.
   *
   * @throws EventDecodingException for anything but a known event that belongs on the topic
   */
  public SpecificRecord decodeStrictlyOn(String topic, byte[] bytes) {
    SpecificRecord event;
    try {
      event = decode(bytes);
    } catch (EventDecodingException e) {
      throw new EventDecodingException("Topic " + topic + ": " + e.getMessage(), e);
    }
    EventType type = EventType.of(event);
    if (type.isMisplacedOn(topic)) {
      throw new EventDecodingException(type.simpleName() + " does not belong on topic " + topic);
    }
    return event;
  }

  /** The event type announced by the bytes' fingerprint, if it is one we know. */
  public Optional<EventType> typeOf(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_LENGTH || !hasMarker(bytes)) {
      return Optional.empty();
    }
    return Optional.ofNullable(typeByFingerprint.get(fingerprint(bytes)));
  }

  public static long fingerprint(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  private static String fingerprintHex(byte[] bytes) {
    return bytes.length < HEADER_LENGTH
        ? "(truncated)"
        : HexFormat.of().formatHex(bytes, 2, HEADER_LENGTH);
  }

  private static boolean hasMarker(byte[] bytes) {
    return bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01;
  }
}
