package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.programs.ProgramPublished;
import org.junit.jupiter.api.Test;

/**
 * While the registry is away, writing and reading the ids cached at start keep working, and bytes
 * with an id not seen yet are neither accepted nor rejected: they fail as "registry unavailable",
 * to be retried; once it is back they decode.
 */
class RegistryOutageTest {

  private final RegistrySettings real = RealSchemaRegistry.ensureRunning();

  @Test
  void cachedIdsKeepWorkingAndANewIdWaitsForTheRegistry() throws Exception {
    byte[] newer = publishedWithANewerSchema();
    try (RegistryLink link = new RegistryLink(real)) {
      EventCodec codec =
          new EventCodec(
              SchemaHistory.bundled(),
              new SchemaIds(new SchemaRegistry(link.settings(false)), SchemaHistory.bundled()));
      codec.ids().prepare();

      link.cut();

      for (EventType type : EventType.values()) {
        SpecificRecord event = SampleEvents.of(type);
        assertThat(codec.decodeOn(type.topic().topicName(), codec.encode(event))).contains(event);
      }
      String topic = Topic.PROGRAM_EVENTS.topicName();
      assertThatThrownBy(() -> codec.decodeOn(topic, newer))
          .isInstanceOf(SchemaRegistryUnavailableException.class);
      assertThatThrownBy(() -> new EventDeserializer(codec).deserialize(topic, newer))
          .isInstanceOf(SchemaRegistryUnavailableException.class);

      link.restore();

      SpecificRecord decoded = codec.decodeStrictlyOn(topic, newer);
      assertThat(decoded).isInstanceOf(ProgramPublished.class);
      assertThat(((ProgramPublished) decoded).getProgramId()).isEqualTo("prg-newer");
    }
  }

  /**
   * A ProgramPublished written by a newer producer (one more optional field, last), registered
   * under a subject of its own so the shared subjects stay as the history has them. Its body is
   * today's body plus the null branch of the new union: one 0 byte.
   */
  private byte[] publishedWithANewerSchema() throws Exception {
    String json = EventType.PROGRAM_PUBLISHED.currentSchema().toString();
    String extraField =
        ",{\"name\":\"probe"
            + UUID.randomUUID().toString().replace("-", "")
            + "\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    Schema newer = new Schema.Parser().parse(json.substring(0, json.length() - 2) + extraField);
    int id = new SchemaRegistry(real).register("outage-test-" + UUID.randomUUID(), newer);

    ProgramPublished sample = (ProgramPublished) SampleEvents.of(EventType.PROGRAM_PUBLISHED);
    sample.setProgramId("prg-newer");
    byte[] today = EventCodec.forRegistry(real).encode(sample);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(id).array());
    out.write(today, 5, today.length - 5);
    out.write(0);
    return out.toByteArray();
  }
}
