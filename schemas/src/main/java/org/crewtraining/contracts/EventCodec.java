package org.crewtraining.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * The catalogue's wire format (ADR 0007). Writes the Confluent framing: magic byte 0, the writer
 * schema's registry id (4 bytes, big-endian), the Avro binary body — byte for byte what Apicurio's
 * serde writes ({@code ApicurioFramingTest}). Reads that and the single-object encoding of the log
 * before the registry ({@code C3 01}, 8-byte little-endian CRC-64-AVRO fingerprint, body), which
 * the outbox also stores, so its rows need no registry. Any published version decodes into today's
 * generated class, and so does a newer registered version of a catalogue event. Thread-safe.
 */
public final class EventCodec {

  private static final Map<RegistrySettings, EventCodec> BY_REGISTRY = new ConcurrentHashMap<>();
  private static final int SINGLE_OBJECT_HEADER = 10;
  private static final int CONFLUENT_HEADER = 5;
  private static final byte MAGIC = 0;
  private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(512));
  private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();
  private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

  private final SchemaIds ids;
  private final Map<Long, EventType> typeByFingerprint = new HashMap<>();

  /**
   * Per type: the header of the current schema and its writer. Writing them straight into one
   * buffer avoids the second buffer and copy of Avro's message encoders (docs/performance.md).
   */
  private final Map<EventType, byte[]> singleObjectHeaders = new EnumMap<>(EventType.class);

  private final Map<EventType, DatumWriter<SpecificRecord>> writers =
      new EnumMap<>(EventType.class);

  private final Map<EventType, RetiredFields> retired = new EnumMap<>(EventType.class);

  /** Filled once the registry ids are known ({@link #confluentHeader}). */
  private final Map<EventType, byte[]> confluentHeaders = new ConcurrentHashMap<>();

  private final Map<EventType, byte[]> dataSchemas = new ConcurrentHashMap<>();

  /**
   * One resolving reader per known writer, decoding straight from the byte array after the header
   * (Avro's message decoders read through a synchronized stream: ~1.6x slower,
   * docs/performance.md).
   */
  private final Map<Long, DatumReader<SpecificRecord>> readersByFingerprint = new HashMap<>();

  private final Map<Integer, DatumReader<SpecificRecord>> readersById = new ConcurrentHashMap<>();

  public EventCodec(SchemaHistory history, SchemaIds ids) {
    AvroTrust.ensureInstalled();
    this.ids = ids;
    for (EventType type : EventType.values()) {
      SpecificData model = SpecificData.getForClass(type.javaClass());
      singleObjectHeaders.put(type, singleObjectHeader(type.currentSchema()));
      writers.put(type, writerFor(model, type));
      retired.put(type, RetiredFields.of(type.currentSchema()));
      for (Schema version : history.versionsOf(type)) {
        addReader(model, type, version);
      }
      addReader(model, type, type.currentSchema());
    }
  }

  private void addReader(SpecificData model, EventType type, Schema writer) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(writer);
    typeByFingerprint.put(fingerprint, type);
    readersByFingerprint.put(fingerprint, readerFor(type, writer));
  }

  @SuppressWarnings("unchecked")
  private static DatumReader<SpecificRecord> readerFor(EventType type, Schema writer) {
    return (DatumReader<SpecificRecord>)
        SpecificData.getForClass(type.javaClass()).createDatumReader(writer, type.currentSchema());
  }

  @SuppressWarnings("unchecked")
  private static DatumWriter<SpecificRecord> writerFor(SpecificData model, EventType type) {
    return (DatumWriter<SpecificRecord>) model.createDatumWriter(type.currentSchema());
  }

  private static byte[] singleObjectHeader(Schema schema) {
    return ByteBuffer.allocate(SINGLE_OBJECT_HEADER)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put((byte) 0xC3)
        .put((byte) 0x01)
        .putLong(SchemaNormalization.parsingFingerprint64(schema))
        .array();
  }

  /**
   * The codec over the bundled history and the registry of {@link
   * RegistrySettings#fromEnvironment()} (the local one unless configured).
   */
  public static EventCodec standard() {
    return forRegistry(RegistrySettings.fromEnvironment());
  }

  /** One codec (and one id cache) per registry and mode in this process. */
  public static EventCodec forRegistry(RegistrySettings settings) {
    return BY_REGISTRY.computeIfAbsent(
        settings,
        s ->
            new EventCodec(
                SchemaHistory.bundled(),
                new SchemaIds(new SchemaRegistry(s), SchemaHistory.bundled())));
  }

  public SchemaIds ids() {
    return ids;
  }

  /** Confluent-framed bytes of the event (needs its schema id: cached after the first call). */
  public byte[] encode(SpecificRecord event) {
    return encode(EventType.of(event), event);
  }

  public byte[] encode(EventType type, SpecificRecord event) {
    return write(confluentHeader(type), type, event);
  }

  /** Single-object encoded bytes: what the outbox stores, written without any registry. */
  public byte[] encodeSingleObject(SpecificRecord event) {
    EventType type = EventType.of(event);
    return write(singleObjectHeaders.get(type), type, event);
  }

  /**
   * Encodes header and body straight into one reused buffer, then copies it out once.
   *
   * @throws IllegalStateException when a retired field is not empty ({@link RetiredFields})
   */
  private byte[] write(byte[] header, EventType type, SpecificRecord event) {
    retired.get(type).requireEmpty(event);
    try {
      ByteArrayOutputStream out = BUFFER.get();
      out.reset();
      out.write(header);
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, ENCODER.get());
      ENCODER.set(encoder);
      writers.get(type).write(event, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot encode " + event.getClass().getSimpleName(), e);
    }
  }

  private byte[] confluentHeader(EventType type) {
    byte[] header = confluentHeaders.get(type);
    if (header == null) {
      header = ByteBuffer.allocate(CONFLUENT_HEADER).put(MAGIC).putInt(ids.writerId(type)).array();
      confluentHeaders.put(type, header);
    }
    return header;
  }

  /** The registry id this build writes the type with. */
  public int schemaIdOf(EventType type) {
    return ids.writerId(type);
  }

  /**
   * The {@code ce_dataschema} value of the type's records: the registry URL of its writer schema.
   */
  public byte[] dataSchemaOf(EventType type) {
    byte[] url = dataSchemas.get(type);
    if (url == null) {
      url = ids.settings().schemaUrl(ids.writerId(type)).getBytes(StandardCharsets.US_ASCII);
      dataSchemas.put(type, url);
    }
    return url;
  }

  /**
   * Decodes either framing.
   *
   * @throws EventDecodingException for anything that is not a known event version
   * @throws SchemaRegistryUnavailableException when the bytes name an id not seen yet and the
   *     registry cannot be asked: the bytes may be fine, try again later
   */
  public SpecificRecord decode(byte[] bytes) {
    if (isConfluentFramed(bytes)) {
      int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
      DatumReader<SpecificRecord> reader = readersById.get(id);
      if (reader == null) {
        reader = readerForId(id);
      }
      return read(reader, bytes, CONFLUENT_HEADER, "schema id " + id);
    }
    if (bytes != null && hasMarker(bytes) && bytes.length >= SINGLE_OBJECT_HEADER) {
      DatumReader<SpecificRecord> reader = readersByFingerprint.get(fingerprint(bytes));
      if (reader == null) {
        throw new EventDecodingException("Unknown schema fingerprint " + fingerprintHex(bytes));
      }
      return read(reader, bytes, SINGLE_OBJECT_HEADER, "fingerprint " + fingerprintHex(bytes));
    }
    throw new EventDecodingException(
        "Neither Confluent-framed (00 + schema id) nor single-object encoded (C3 01) Avro");
  }

  private DatumReader<SpecificRecord> readerForId(int id) {
    SchemaIds.Writer writer =
        ids.writerOf(id)
            .orElseThrow(
                () ->
                    new EventDecodingException(
                        "Schema id " + id + " is unknown to the registry or no catalogue event"));
    DatumReader<SpecificRecord> reader = readerFor(writer.type(), writer.schema());
    readersById.put(id, reader);
    return reader;
  }

  private static SpecificRecord read(
      DatumReader<SpecificRecord> reader, byte[] bytes, int offset, String writer) {
    try {
      BinaryDecoder decoder =
          DecoderFactory.get().binaryDecoder(bytes, offset, bytes.length - offset, DECODER.get());
      DECODER.set(decoder);
      return reader.read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "Cannot decode the body written with " + writer + ": " + e.getMessage(), e);
    }
  }

  /**
   * The event read from a topic, if it is what the services' consumers accept there: a known event
   * version that belongs on that topic. Anything else (no value, garbage, an unknown schema, an
   * event of another catalogue topic) they park on the dead-letter topic, so readers of the log
   * skip it. The one place every reader of a topic decodes through.
   *
   * @throws SchemaRegistryUnavailableException as {@link #decode}: never skip what may be fine
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

  /** The event type the bytes announce, if it is one we know (asks the registry for a new id). */
  public Optional<EventType> typeOf(byte[] bytes) {
    if (isConfluentFramed(bytes)) {
      return ids.writerOf(ByteBuffer.wrap(bytes, 1, 4).getInt()).map(SchemaIds.Writer::type);
    }
    if (bytes == null || bytes.length < SINGLE_OBJECT_HEADER || !hasMarker(bytes)) {
      return Optional.empty();
    }
    return Optional.ofNullable(typeByFingerprint.get(fingerprint(bytes)));
  }

  /** Whether the bytes start with the Confluent framing: magic 0 and a 4-byte id. */
  public static boolean isConfluentFramed(byte[] bytes) {
    return bytes != null && bytes.length >= CONFLUENT_HEADER && bytes[0] == MAGIC;
  }

  public static long fingerprint(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  private static String fingerprintHex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes, 2, SINGLE_OBJECT_HEADER);
  }

  private static boolean hasMarker(byte[] bytes) {
    return bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01;
  }
}
