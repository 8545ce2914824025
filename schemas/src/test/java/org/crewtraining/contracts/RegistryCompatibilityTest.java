package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The incompatible fixture is refused twice: by the build's gate ({@link CompatibilityGate}) and by
 * the registry at run time, whose Confluent API answers 409 because every subject is
 * FULL_TRANSITIVE.
 */
class RegistryCompatibilityTest {

  private final RegistrySettings settings = RealSchemaRegistry.ensureRunning();
  private final EventType type = EventType.PROGRAM_CREATED;

  @Test
  void theIncompatibleFixtureFailsTheGateAndGets409FromTheRegistry() throws Exception {
    Schema incompatible;
    try (InputStream in =
        getClass().getResourceAsStream("/incompatible-fixtures/ProgramCreated-v3.avsc")) {
      incompatible = new Schema.Parser().parse(in);
    }
    List<Schema> versions = new ArrayList<>(SchemaHistory.bundled().versionsOf(type));
    versions.add(incompatible);
    assertThat(CompatibilityGate.violations(type.simpleName(), versions)).isNotEmpty();

    ConfluentRegistryApi api = new ConfluentRegistryApi(settings);
    assertThat(api.compatibilityOf(type.subject())).isEqualTo("FULL_TRANSITIVE");
    ConfluentRegistryApi.Response response = api.register(type.subject(), incompatible);
    assertThat(response.status()).as(response.body()).isEqualTo(409);

    assertThatThrownBy(() -> new SchemaRegistry(settings).register(type.subject(), incompatible))
        .isInstanceOf(SchemaRegistry.IncompatibleSchemaException.class)
        .hasMessageContaining(type.subject());
    assertThat(new SchemaRegistry(settings).lookup(type.subject(), incompatible)).isEmpty();
  }
}
