package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaHistoryTest {

  private final SchemaHistory history = SchemaHistory.bundled();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void generatedClassIsTheNewestPublishedVersion(EventType type) {
    List<Schema> versions = history.versionsOf(type);
    Schema newest = versions.get(versions.size() - 1);
    assertThat(SchemaNormalization.toParsingForm(type.currentSchema()))
        .as("run SchemaHistoryPublisher after changing %s", type.simpleName())
        .isEqualTo(SchemaNormalization.toParsingForm(newest));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyPublishedVersionIsFullTransitiveCompatible(EventType type) {
    assertThat(CompatibilityGate.violations(type.simpleName(), history.versionsOf(type))).isEmpty();
  }

  @Test
  void programCreatedHasEvolved() {
    assertThat(history.versionsOf(EventType.PROGRAM_CREATED)).hasSize(2);
  }

  /** ADR 0006: free-text reasons became reason codes, an enum whose default reads old events. */
  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {
        "PROGRAM_SCHEDULE_CHANGED",
        "PROGRAM_CANCELLED",
        "ENROLLMENT_WITHDRAWN",
        "ENROLLMENT_CANCELLED"
      })
  void reasonsTravelAsReasonCodesSinceVersionTwo(EventType type) {
    List<Schema> versions = history.versionsOf(type);
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).getField("reasonCode")).isNull();
    Schema.Field code = versions.get(1).getField("reasonCode");
    assertThat(code.schema().getType()).isEqualTo(Schema.Type.ENUM);
    assertThat(code.schema().getEnumDefault()).isEqualTo("UNSPECIFIED");
    assertThat(code.defaultVal()).isEqualTo("UNSPECIFIED");
    assertThat(RetiredFields.isRetired(versions.get(1).getField("reason"))).isTrue();
  }

  @Test
  void gateRejectsAnIncompatibleNewVersion() throws IOException {
    List<Schema> withBadVersion = new ArrayList<>(history.versionsOf(EventType.PROGRAM_CREATED));
    try (InputStream in =
        getClass().getResourceAsStream("/incompatible-fixtures/ProgramCreated-v3.avsc")) {
      withBadVersion.add(new Schema.Parser().parse(in));
    }

    List<String> violations = CompatibilityGate.violations("ProgramCreated", withBadVersion);

    assertThat(violations)
        .anySatisfy(v -> assertThat(v).startsWith("ProgramCreated v3 cannot read v1"))
        .anySatisfy(v -> assertThat(v).startsWith("ProgramCreated v3 cannot read v2"))
        .anySatisfy(v -> assertThat(v).startsWith("ProgramCreated v1 cannot read v3"))
        .anySatisfy(v -> assertThat(v).contains("venueCode"))
        .anySatisfy(v -> assertThat(v).contains("title"));
  }
}
