package org.crewtraining.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.apache.avro.Schema;
import org.crewtraining.events.programs.ProgramPublished;

/** Bytes as a newer producer writes them: a schema id this process has never seen. */
public final class NewerProducer {

  private NewerProducer() {}

  /**
   * A ProgramPublished written with one more optional field (last), registered in the real registry
   * under a subject of its own so the shared subjects stay as the history has them. Its body is
   * today's body plus the null branch of the new union: one 0 byte.
   */
  public static byte[] programPublished(RegistrySettings registry, String programId) {
    String json = EventType.PROGRAM_PUBLISHED.currentSchema().toString();
    String extraField =
        ",{\"name\":\"probe"
            + UUID.randomUUID().toString().replace("-", "")
            + "\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    Schema newer = new Schema.Parser().parse(json.substring(0, json.length() - 2) + extraField);
    int id = new SchemaRegistry(registry).register("newer-producer-" + UUID.randomUUID(), newer);

    ProgramPublished sample = (ProgramPublished) SampleEvents.of(EventType.PROGRAM_PUBLISHED);
    sample.setProgramId(programId);
    byte[] today = EventCodec.forRegistry(registry).encode(sample);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(id).array());
      out.write(today, 5, today.length - 5);
      out.write(0);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
