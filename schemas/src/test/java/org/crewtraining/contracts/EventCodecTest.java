package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

  private final EventCodec codec = EventCodec.standard();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventRoundTripsInTheConfluentFraming(EventType type) {
    SpecificRecord event = SampleEvents.of(type);

    byte[] bytes = codec.encode(event);

    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(codec.schemaIdOf(type));
    assertThat(codec.typeOf(bytes)).contains(type);
    assertThat(codec.decode(bytes)).isEqualTo(event);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventRoundTripsInTheSingleObjectEncoding(EventType type) {
    SpecificRecord event = SampleEvents.of(type);

    byte[] bytes = codec.encodeSingleObject(event);

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(codec.typeOf(bytes)).contains(type);
    assertThat(codec.decode(bytes)).isEqualTo(event);
  }

  /**
   * The single-object bytes are Avro's, byte for byte: the bytes of the log written before the
   * registry, and what the outbox stores.
   */
  @ParameterizedTest
  @EnumSource(EventType.class)
  void encodingIsExactlyAvrosSingleObjectEncoding(EventType type) throws Exception {
    SpecificRecord event = SampleEvents.of(type);
    ByteBuffer avro =
        new BinaryMessageEncoder<SpecificRecord>(
                SpecificData.getForClass(type.javaClass()), type.currentSchema())
            .encode(event);
    byte[] expected = new byte[avro.remaining()];
    avro.get(expected);

    assertThat(codec.encodeSingleObject(event)).isEqualTo(expected);
    assertThat(codec.decode(expected)).isEqualTo(event);
  }

  @Test
  void bytesWrittenWithVersionOneDecodeIntoTodaysClass() throws Exception {
    Schema v1 = SchemaHistory.bundled().versionsOf(EventType.PROGRAM_CREATED).get(0);
    assertThat(v1.getField("instructionLanguage")).isNull();
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(new Conversions.UUIDConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    model.addLogicalTypeConversion(new TimeConversions.DateConversion());
    ProgramCreated sample = SampleEvents.programCreated("prg-old", 12);
    GenericRecord metadata =
        new GenericRecordBuilder(v1.getField("metadata").schema())
            .set("eventId", sample.getMetadata().getEventId())
            .set("occurredAt", sample.getMetadata().getOccurredAt())
            .set("source", "program-service")
            .set("correlationId", "corr-1")
            .build();
    GenericRecord old =
        new GenericRecordBuilder(v1)
            .set("metadata", metadata)
            .set("programId", "prg-old")
            .set("title", "Sound design seminar")
            .set("partners", List.of("KOFIC"))
            .set("format", symbol(v1, "format", "SEMINAR"))
            .set("track", symbol(v1, "track", "SOUND"))
            .set("audience", symbol(v1, "audience", "OPEN"))
            .set("capacity", 12)
            .set("startDate", LocalDate.of(2022, 3, 2))
            .set("endDate", LocalDate.of(2022, 3, 3))
            .set("deliveryMode", symbol(v1, "deliveryMode", "ONLINE"))
            .set("cohortYear", 2022)
            .build();
    ByteBuffer oldBytes = new BinaryMessageEncoder<GenericRecord>(model, v1).encode(old);

    SpecificRecord decoded = codec.decode(toArray(oldBytes));

    assertThat(decoded).isInstanceOf(ProgramCreated.class);
    ProgramCreated today = (ProgramCreated) decoded;
    assertThat(today.getTitle()).isEqualTo("Sound design seminar");
    assertThat(today.getFormat()).isEqualTo(ProgramFormat.SEMINAR);
    assertThat(today.getTrack()).isEqualTo(CraftTrack.SOUND);
    assertThat(today.getStartDate()).isEqualTo(LocalDate.of(2022, 3, 2));
    assertThat(today.getLocation()).isNull();
    assertThat(today.getPlannedHours()).isNull();
    assertThat(today.getInstructionLanguage()).isEqualTo("ko");
  }

  @Test
  void garbageIsRejectedWithAClearReason() {
    assertThatThrownBy(() -> codec.decode("not avro at all".getBytes()))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("C3 01")
        .hasMessageContaining("00 + schema id");
  }

  @Test
  void anIdTheRegistryDoesNotKnowIsRejected() {
    byte[] bytes = codec.encode(SampleEvents.of(EventType.PROGRAM_CREATED));
    ByteBuffer.wrap(bytes, 1, 4).putInt(Integer.MAX_VALUE - 7);

    assertThat(codec.decodeOn(Topic.PROGRAM_EVENTS.topicName(), bytes)).isEmpty();
    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Schema id " + (Integer.MAX_VALUE - 7) + " is unknown");
  }

  @Test
  void unknownFingerprintIsRejected() {
    Schema stranger =
        SchemaBuilder.record("Stranger")
            .namespace("elsewhere")
            .fields()
            .requiredString("x")
            .endRecord();
    GenericRecord record = new GenericRecordBuilder(stranger).set("x", "y").build();
    byte[] bytes = toArray(encode(stranger, record));

    assertThat(codec.typeOf(bytes)).isEmpty();
    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Unknown schema fingerprint");
  }

  @Test
  void truncatedBodyOfAKnownEventIsRejected() {
    byte[] bytes = codec.encode(SampleEvents.of(EventType.PROGRAM_CREATED));
    byte[] truncated = java.util.Arrays.copyOf(bytes, 14);

    assertThatThrownBy(() -> codec.decode(truncated))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("schema id " + codec.schemaIdOf(EventType.PROGRAM_CREATED));
  }

  @Test
  void metadataIsReadableFromAnyEvent() {
    for (SpecificRecord event : SampleEvents.all().values()) {
      assertThat(Events.metadataOf(event).getEventId()).isInstanceOf(UUID.class);
    }
  }

  @Test
  void onATopicOnlyItsOwnEventsAreAccepted() {
    SpecificRecord published = SampleEvents.of(EventType.PROGRAM_PUBLISHED);
    byte[] bytes = codec.encode(published);
    String programs = Topic.PROGRAM_EVENTS.topicName();
    String enrollments = Topic.ENROLLMENT_EVENTS.topicName();

    assertThat(codec.decodeOn(programs, bytes)).contains(published);
    assertThat(codec.decodeOn(enrollments, bytes)).isEmpty();
    assertThat(codec.decodeOn(Topic.PROGRAM_EVENTS.deadLetterTopicName(), bytes))
        .contains(published);
    assertThat(codec.decodeOn(programs, "not avro".getBytes())).isEmpty();
    assertThat(codec.decodeOn(programs, null)).isEmpty();
    assertThatThrownBy(() -> codec.decodeStrictlyOn(enrollments, bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessage("ProgramPublished does not belong on topic " + enrollments);
    assertThatThrownBy(() -> codec.decodeStrictlyOn(programs, "not avro".getBytes()))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageStartingWith("Topic " + programs + ": Neither Confluent-framed");
  }

  private static GenericData.EnumSymbol symbol(Schema schema, String field, String symbol) {
    return new GenericData.EnumSymbol(schema.getField(field).schema(), symbol);
  }

  private static ByteBuffer encode(Schema schema, GenericRecord record) {
    try {
      return new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] toArray(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
