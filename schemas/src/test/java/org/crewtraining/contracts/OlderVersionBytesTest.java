package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that an older producer wrote, for every published version older than today's: the log keeps
 * them forever, so today's codec must read each one into today's class, with every field the old
 * version had carried over and every field it lacked at its default. The schema-level gate ({@code
 * SchemaHistoryTest}) says the versions are compatible; this reads actual bytes.
 */
class OlderVersionBytesTest {

  private static final SchemaHistory HISTORY = SchemaHistory.bundled();
  private final EventCodec codec = EventCodec.standard();

  static Stream<Arguments> olderVersions() {
    List<Arguments> cases = new ArrayList<>();
    for (EventType type : EventType.values()) {
      List<Schema> versions = HISTORY.versionsOf(type);
      for (int v = 0; v < versions.size() - 1; v++) {
        cases.add(Arguments.of(type, v + 1, versions.get(v)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} v{1}")
  @MethodSource("olderVersions")
  void everyOlderVersionsBytesDecodeIntoTodaysClass(EventType type, int version, Schema older)
      throws IOException {
    SpecificRecord sample = SampleEvents.of(type);
    GenericRecord asOlder = asWrittenBy(older, sample);

    SpecificRecord decoded = codec.decode(singleObjectBytes(older, asOlder));

    assertThat(decoded).isInstanceOf(type.javaClass());
    for (Schema.Field field : type.currentSchema().getFields()) {
      Schema.Field then = older.getField(field.name());
      Object value = decoded.get(field.pos());
      if (then == null) {
        assertThat(value)
            .as("%s, absent from v%d, reads as its default", field.name(), version)
            .isEqualTo(SpecificData.get().getDefaultValue(field));
      } else if (sameSchema(then, field) && !RetiredFields.isRetired(field)) {
        assertThat(value)
            .as("%s carries over from v%d", field.name(), version)
            .isEqualTo(sample.get(field.pos()));
      }
    }
  }

  private static boolean sameSchema(Schema.Field then, Schema.Field now) {
    return SchemaNormalization.toParsingForm(then.schema())
        .equals(SchemaNormalization.toParsingForm(now.schema()));
  }

  /** Today's sample as the older version holds it (Avro's own resolution, newer to older). */
  private static GenericRecord asWrittenBy(Schema older, SpecificRecord sample) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(body, null);
    new SpecificDatumWriter<SpecificRecord>(sample.getSchema()).write(sample, encoder);
    encoder.flush();
    return new GenericDatumReader<GenericRecord>(sample.getSchema(), older, GenericData.get())
        .read(null, DecoderFactory.get().binaryDecoder(body.toByteArray(), null));
  }

  /** The log's single-object encoding: C3 01, the writer's fingerprint, the older body. */
  private static byte[] singleObjectBytes(Schema older, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ByteBuffer.allocate(10)
            .order(ByteOrder.LITTLE_ENDIAN)
            .put((byte) 0xC3)
            .put((byte) 0x01)
            .putLong(SchemaNormalization.parsingFingerprint64(older))
            .array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(older).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
