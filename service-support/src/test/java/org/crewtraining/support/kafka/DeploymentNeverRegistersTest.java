package org.crewtraining.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.RealSchemaRegistry;
import org.crewtraining.contracts.RegistrySettings;
import org.crewtraining.contracts.SchemaHistory;
import org.crewtraining.contracts.SchemaRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code deployment} profile (crew-security.yml, as every service imports it) never registers a
 * schema: against the real registry with one published version missing, start-up fails naming its
 * subject and version, and the version is still missing afterwards; once the deploy step has
 * registered it, the same context starts and writes with the registry's id. The subjects live in a
 * fresh artifact group of the shared registry, so nothing anyone else uses is missing or touched.
 */
class DeploymentNeverRegistersTest {

  private static final RegistrySettings REAL = RealSchemaRegistry.ensureRunning();
  private static final SchemaHistory HISTORY = SchemaHistory.bundled();

  private final RegistrySettings isolated =
      new RegistrySettings(
          REAL.url(), true, "deployment-test-" + UUID.randomUUID().toString().substring(0, 8));
  private final SchemaRegistry registry = new SchemaRegistry(isolated);

  @Test
  void aMissingVersionStopsStartUpNamingItsSubjectAndIsNotRegistered() {
    EventType type = typeWithMostVersions();
    List<Schema> versions = HISTORY.versionsOf(type);
    Schema missing = versions.get(versions.size() - 1);
    registerAllBut(type, missing);

    assertThatThrownBy(this::startInDeployment)
        .rootCause()
        .hasMessageContaining(
            "has no version v" + versions.size() + " of subject " + type.subject())
        .hasMessageContaining("bin/schema-registry register");
    assertThat(registry.lookup(type.subject(), missing)).isEmpty();

    register(type, missing);
    try (ConfigurableApplicationContext context = startInDeployment()) {
      EventCodec codec = context.getBean(EventCodec.class);
      assertThat(codec.ids().settings().autoRegister()).isFalse();
      assertThat(codec.schemaIdOf(type))
          .isEqualTo(registry.lookup(type.subject(), type.currentSchema()).orElseThrow());
    }
  }

  private ConfigurableApplicationContext startInDeployment() {
    return new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .profiles("deployment")
        .properties(
            "spring.config.import=classpath:crew-security.yml",
            "spring.main.banner-mode=off",
            // The profile's required settings, as a deployment's environment gives them.
            "CREW_REGISTRY_URL=" + REAL.url(),
            "CREW_JWT_ISSUER_URI=http://127.0.0.1:9/unused",
            "CREW_DB_USER=unused",
            "CREW_DB_PASSWORD=unused",
            "crew.registry.group=" + isolated.group(),
            "crew.kafka.create-topics=false",
            "spring.autoconfigure.exclude="
                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
        .run();
  }

  private void registerAllBut(EventType except, Schema missing) {
    for (EventType type : EventType.values()) {
      for (Schema version : HISTORY.versionsOf(type)) {
        if (type != except || version != missing) {
          register(type, version);
        }
      }
    }
  }

  private void register(EventType type, Schema version) {
    registry.register(type.subject(), version);
    registry.requireFullTransitive(type.subject());
  }

  /** A later version is missing if there is one (its subject exists), else a whole subject. */
  private static EventType typeWithMostVersions() {
    return Arrays.stream(EventType.values())
        .max((a, b) -> Integer.compare(HISTORY.versionsOf(a).size(), HISTORY.versionsOf(b).size()))
        .orElseThrow();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
