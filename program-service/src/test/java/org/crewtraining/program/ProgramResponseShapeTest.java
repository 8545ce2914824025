package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The programme as the API shows it is one flat object whose fields come in this order, however the
 * service groups them inside: clients and stored idempotent answers rely on the shape.
 */
class ProgramResponseShapeTest extends ProgramServiceIntegrationTest {

  private static final List<String> FIELDS =
      List.of(
          "programId",
          "title",
          "partners",
          "format",
          "track",
          "audience",
          "capacity",
          "admissionMode",
          "startDate",
          "endDate",
          "deliveryMode",
          "cohortYear",
          "location",
          "plannedHours",
          "instructionLanguage",
          "status",
          "cancellation",
          "scheduleChange",
          "version",
          "createdAt",
          "updatedAt");

  @Test
  void aProgrammeIsOneFlatObjectWithItsFieldsInOrder() {
    String id = createProgram(ProgramRequests.create());
    api()
        .put(
            "/programs/" + id + "/schedule",
            Map.of(
                "startDate",
                "2026-04-01",
                "endDate",
                "2026-04-30",
                "reasonCode",
                "VENUE_AVAILABILITY"));
    api().post("/programs/" + id + "/cancel", Map.of("reasonCode", "LOW_ENROLMENT", "note", "n"));

    JsonNode body = api().get("/programs/" + id).json();

    assertThat(body.propertyNames()).containsExactlyElementsOf(FIELDS);
    assertThat(body.get("title").asString()).isEqualTo("Colour grading for streaming series");
    assertThat(body.get("instructionLanguage").asString()).isEqualTo("ko");
    assertThat(body.get("admissionMode").asString()).isEqualTo("FIRST_COME");
    assertThat(body.get("cancellation").toString())
        .isEqualTo("{\"reasonCode\":\"LOW_ENROLMENT\",\"note\":\"n\"}");
    assertThat(body.get("scheduleChange").toString())
        .isEqualTo("{\"reasonCode\":\"VENUE_AVAILABILITY\",\"note\":null}");
    assertThat(body.get("version").asLong()).isEqualTo(3);
  }

  @Test
  void theDocumentedSchemaListsTheSameFields() {
    JsonNode schema =
        api().get("/v3/api-docs").json().get("components").get("schemas").get("Program");

    assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(FIELDS);
  }
}
