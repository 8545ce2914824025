package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Personal data never leaves enrollment-service, so no contract may have room for it: every field
 * of every published version of every event is checked. A field named like personal data fails, and
 * so does any new free-text field until someone has classified it below — text is where names and
 * e-mail addresses would slip in.
 */
class NoPersonalDataInSchemasTest {

  /** Words that name personal data, matched against the words of a camelCase field name. */
  private static final Set<String> PERSONAL_WORDS =
      Set.of(
          "name",
          "names",
          "email",
          "mail",
          "phone",
          "mobile",
          "birth",
          "birthday",
          "dob",
          "address",
          "street",
          "postcode",
          "zip",
          "passport",
          "national",
          "nationality",
          "resident",
          "ssn",
          "gender",
          "age",
          "organisation",
          "organization",
          "employer",
          "ip");

  /** Every text field on the bus, and why it cannot carry a participant's personal data. */
  private static final Map<String, String> CLASSIFIED_TEXT =
      Map.ofEntries(
          Map.entry("eventId", "random UUID"),
          Map.entry("correlationId", "request id"),
          Map.entry("causationId", "event id"),
          Map.entry("source", "service name"),
          Map.entry("actor", "staff or system account, never a participant"),
          Map.entry("programId", "random UUID"),
          Map.entry("participantId", "pseudonymous UUID; the person stays in enrollment-service"),
          Map.entry("enrollmentId", "random UUID"),
          Map.entry("certificateId", "certificate number, pattern-restricted by the API"),
          Map.entry("title", "programme title, public"),
          Map.entry("partners", "organisations running the programme, public"),
          Map.entry("location", "venue of the programme or session, public"),
          Map.entry("sessionId", "random UUID"),
          Map.entry("requiredSessionIds", "random UUIDs of sessions"),
          Map.entry("topic", "what a session covers, public like the programme title"),
          Map.entry("issuers", "partner organisations issuing a certificate, public"),
          Map.entry("applicationId", "random UUID"),
          Map.entry("selectionId", "random UUID"),
          Map.entry("offeredApplicationIds", "random UUIDs of applications"),
          Map.entry("reserveApplicationIds", "random UUIDs of applications"),
          Map.entry("instructionLanguage", "BCP 47 tag"),
          Map.entry(
              "reason",
              "retired free text (ADR 0006): always empty since v2, the codec refuses text in it;"
                  + " reasons travel as reason codes"));

  /**
   * Text fields kept only for readers of old versions: every current schema must mark them retired,
   * so that the codec refuses to put text in them.
   */
  private static final Set<String> RETIRED_TEXT = Set.of("reason");

  @Test
  void noPublishedSchemaHasAFieldForPersonalData() {
    Map<String, String> textFields = new TreeMap<>();
    List<String> personal = new ArrayList<>();
    int schemas = 0;
    for (EventType type : EventType.values()) {
      for (Schema version : SchemaHistory.bundled().versionsOf(type)) {
        schemas++;
        walk(version, type.fullName(), new HashSet<>(), personal, textFields);
      }
    }

    System.out.printf("%d schema versions, %d text fields:%n", schemas, textFields.size());
    textFields.forEach((path, field) -> System.out.printf("  %-70s %s%n", path, field));
    assertThat(schemas).isGreaterThan(EventType.values().length);
    assertThat(personal).as("fields named like personal data").isEmpty();
    assertThat(textFields.values())
        .as("text fields nobody has classified (add them to CLASSIFIED_TEXT with a reason)")
        .allSatisfy(field -> assertThat(CLASSIFIED_TEXT).containsKey(field));
  }

  @Test
  void retiredTextFieldsAreMarkedRetiredInEveryCurrentSchema() {
    List<String> retired = new ArrayList<>();
    for (EventType type : EventType.values()) {
      for (Schema.Field field : type.currentSchema().getFields()) {
        if (RETIRED_TEXT.contains(field.name())) {
          assertThat(RetiredFields.isRetired(field))
              .as("%s.%s must be marked \"retired\": true", type.simpleName(), field.name())
              .isTrue();
          retired.add(type.simpleName() + "." + field.name());
        }
      }
    }
    assertThat(retired)
        .containsExactlyInAnyOrder(
            "ProgramScheduleChanged.reason",
            "ProgramCancelled.reason",
            "EnrollmentWithdrawn.reason",
            "EnrollmentCancelled.reason");
  }

  @Test
  void theCheckRecognisesPersonalFieldNames() {
    assertThat(isPersonal("email")).isTrue();
    assertThat(isPersonal("participantName")).isTrue();
    assertThat(isPersonal("dateOfBirth")).isTrue();
    assertThat(isPersonal("homeAddress")).isTrue();
    assertThat(isPersonal("participantId")).isFalse();
    assertThat(isPersonal("participantType")).isFalse();
  }

  private static void walk(
      Schema schema,
      String path,
      Set<String> seen,
      List<String> personal,
      Map<String, String> textFields) {
    switch (schema.getType()) {
      case RECORD -> {
        if (!seen.add(schema.getFullName())) {
          return;
        }
        for (Schema.Field field : schema.getFields()) {
          String fieldPath = path + "." + field.name();
          if (isPersonal(field.name())) {
            personal.add(fieldPath);
          }
          if (carriesText(field.schema())) {
            textFields.put(fieldPath, field.name());
          }
          walk(field.schema(), fieldPath, seen, personal, textFields);
        }
        seen.remove(schema.getFullName());
      }
      case UNION -> schema.getTypes().forEach(t -> walk(t, path, seen, personal, textFields));
      case ARRAY -> walk(schema.getElementType(), path + "[]", seen, personal, textFields);
      case MAP -> walk(schema.getValueType(), path + "{}", seen, personal, textFields);
      default -> {}
    }
  }

  /** Strings anywhere inside the field's own type (not inside nested records: they are walked). */
  private static boolean carriesText(Schema schema) {
    return switch (schema.getType()) {
      case STRING -> true;
      case UNION -> schema.getTypes().stream().anyMatch(NoPersonalDataInSchemasTest::carriesText);
      case ARRAY -> carriesText(schema.getElementType());
      case MAP -> true; // map keys are text
      default -> false;
    };
  }

  private static boolean isPersonal(String fieldName) {
    return Arrays.stream(fieldName.split("(?<=[a-z0-9])(?=[A-Z])|_"))
        .map(word -> word.toLowerCase(Locale.ROOT))
        .anyMatch(PERSONAL_WORDS::contains);
  }
}
