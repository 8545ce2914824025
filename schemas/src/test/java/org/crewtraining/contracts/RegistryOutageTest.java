package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    byte[] newer = NewerProducer.programPublished(real, "prg-newer");
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
}
