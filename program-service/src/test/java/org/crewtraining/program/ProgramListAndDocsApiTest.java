package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Listing with filters and stable paging; OpenAPI and actuator endpoints (management port). */
class ProgramListAndDocsApiTest extends ProgramServiceIntegrationTest {

  @Test
  void filtersCombineAndPagesFollowCreationOrder() {
    // a partner of its own keeps this test independent of programmes made by other tests
    String partner = "List Partner " + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      var body = ProgramRequests.create(partner);
      if (i == 4) {
        body = ProgramRequests.with(body, "format", "WORKSHOP");
        body = ProgramRequests.with(body, "track", "VFX");
        body = ProgramRequests.with(body, "cohortYear", 2027);
      }
      ids.add(createProgram(body));
    }
    api().post("/programs/" + ids.get(1) + "/publish", null);
    api().post("/programs/" + ids.get(3) + "/publish", null);
    String byPartner = "/programs?partner=" + partner.replace(" ", "%20");

    JsonNode first = api().get(byPartner + "&size=2").json();
    JsonNode second = api().get(byPartner + "&size=2&page=1").json();
    JsonNode third = api().get(byPartner + "&size=2&page=2").json();
    assertThat(idsOf(first)).containsExactly(ids.get(0), ids.get(1));
    assertThat(idsOf(second)).containsExactly(ids.get(2), ids.get(3));
    assertThat(idsOf(third)).containsExactly(ids.get(4));
    assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(5);
    assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(3);
    assertThat(third.get("page").get("number").asInt()).isEqualTo(2);

    assertThat(idsOf(api().get(byPartner + "&status=PUBLISHED").json()))
        .containsExactly(ids.get(1), ids.get(3));
    assertThat(idsOf(api().get(byPartner + "&format=WORKSHOP").json())).containsExactly(ids.get(4));
    assertThat(idsOf(api().get(byPartner + "&track=VFX&cohortYear=2027").json()))
        .containsExactly(ids.get(4));
    assertThat(idsOf(api().get(byPartner + "&track=VFX&cohortYear=2026").json())).isEmpty();
    assertThat(idsOf(api().get(byPartner + "&status=DRAFT&format=SHORT_COURSE").json()))
        .containsExactly(ids.get(0), ids.get(2));
    assertThat(idsOf(api().get("/programs?partner=nobody-" + UUID.randomUUID()).json())).isEmpty();
  }

  @Test
  void badListParametersAre400ProblemsNamingTheParameter() {
    HttpApi.Response tooBig = api().get("/programs?size=101");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");
    assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    HttpApi.Response badStatus = api().get("/programs?status=OPEN");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.header("Content-Type")).startsWith("application/problem+json");
    assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    assertThat(badStatus.json().get("errors").get(0).get("message").asString())
        .contains("PUBLISHED");
    HttpApi.Response paddedStatus = api().get("/programs?status=%20PUBLISHED");
    assertThat(paddedStatus.status()).isEqualTo(400);
    assertThat(paddedStatus.json().get("errors").get(0).get("field").asString())
        .isEqualTo("status");
    assertThat(api().get("/programs?status=published").status()).isEqualTo(400);
    assertThat(api().get("/programs?status=0").status()).isEqualTo(400);
    HttpApi.Response badYear = api().get("/programs?cohortYear=soon");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().get("errors").get(0).get("field").asString()).isEqualTo("cohortYear");
  }

  @Test
  void openApiDocumentListsEveryPath() {
    HttpApi.Response docs = api().get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    JsonNode paths = docs.json().get("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/programs",
            "/programs/{programId}",
            "/programs/{programId}/schedule",
            "/programs/{programId}/capacity",
            "/programs/{programId}/publish",
            "/programs/{programId}/cancel",
            "/programs/{programId}/close");
    assertThat(paths.get("/programs").has("post")).isTrue();
    assertThat(paths.get("/programs").has("get")).isTrue();
    assertThat(parameterNames(paths.get("/programs").get("post")))
        .contains("Idempotency-Key", "X-Correlation-Id")
        .doesNotContain("If-Match", "headers");
    assertThat(parameterNames(paths.get("/programs/{programId}/publish").get("post")))
        .containsExactlyInAnyOrder("programId", "If-Match", "Idempotency-Key", "X-Correlation-Id");
    JsonNode cancel = docs.json().get("components").get("schemas").get("CancelProgram");
    assertThat(cancel.get("properties").propertyNames())
        .containsExactlyInAnyOrder("reasonCode", "note");
    assertThat(cancel.get("required").toString()).contains("reasonCode");
    assertThat(cancel.get("properties").get("reasonCode").get("enum").toString())
        .contains("LOW_ENROLMENT", "FORCE_MAJEURE");
    JsonNode schedule = docs.json().get("components").get("schemas").get("ChangeSchedule");
    assertThat(schedule.get("properties").propertyNames())
        .containsExactlyInAnyOrder("startDate", "endDate", "reasonCode", "note");
  }

  private static List<String> parameterNames(JsonNode operation) {
    List<String> names = new ArrayList<>();
    operation.get("parameters").forEach(p -> names.add(p.get("name").asString()));
    return names;
  }

  @Test
  void healthAndMetricsReportTheOutbox() {
    createProgram(ProgramRequests.create());
    HttpApi.Response health = management().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    JsonNode outbox = health.json().get("components").get("outboxMonitor");
    assertThat(outbox.get("status").asString()).isEqualTo("UP");
    assertThat(outbox.get("details").has("unsent")).isTrue();
    assertThat(management().get("/actuator/metrics/crew.outbox.backlog").status()).isEqualTo(200);
    assertThat(management().get("/actuator/metrics/crew.outbox.oldest.unsent.age").status())
        .isEqualTo(200);
  }

  /** Spring Security's per-filter observations cost ~10 % of a request's CPU: off by default. */
  @Test
  void requestsAreMeasuredOnceNotPerSecurityFilter() {
    createProgram(ProgramRequests.create());

    assertThat(management().get("/actuator/metrics/http.server.requests").status()).isEqualTo(200);
    for (String perFilter :
        List.of(
            "spring.security.filterchains",
            "spring.security.authentications",
            "spring.security.authorizations")) {
      assertThat(management().get("/actuator/metrics/" + perFilter).status())
          .as(perFilter)
          .isEqualTo(404);
    }
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("programId").asString()));
    return ids;
  }
}
