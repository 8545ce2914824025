package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.ProgramRequests.create;
import static org.crewtraining.program.ProgramRequests.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every rejected request answers 4xx problem+json naming what is wrong, and leaves no programme
 * row, no change to an existing one, and no event behind. Events can only leave through the outbox,
 * so an unchanged outbox proves that none was emitted.
 */
class BadInputApiTest extends ProgramServiceIntegrationTest {

  /** Stands for the id of an existing DRAFT programme in the table below. */
  private static final String EXISTING = "{existing}";

  private static String existingId;

  static Stream<Arguments> rejectedRequests() {
    String json = "application/json";
    String programs = "/programs";
    return Stream.of(
        bad("malformed JSON", "POST", programs, json, "{\"title\": ", 400, null),
        bad("empty body", "POST", programs, json, "", 400, null),
        bad("array instead of object", "POST", programs, json, "[]", 400, null),
        bad("missing title", "POST", programs, json, with(create(), "title", null), 400, "title"),
        bad("blank title", "POST", programs, json, with(create(), "title", " "), 400, "title"),
        bad(
            "title 201 chars",
            "POST",
            programs,
            json,
            with(create(), "title", "x".repeat(201)),
            400,
            "title"),
        bad(
            "no partners",
            "POST",
            programs,
            json,
            with(create(), "partners", List.of()),
            400,
            "partners"),
        bad(
            "blank partner",
            "POST",
            programs,
            json,
            with(create(), "partners", List.of("KOCCA", "")),
            400,
            "partners[1]"),
        bad("capacity 0", "POST", programs, json, with(create(), "capacity", 0), 400, "capacity"),
        bad("capacity -5", "POST", programs, json, with(create(), "capacity", -5), 400, "capacity"),
        bad(
            "capacity 10001",
            "POST",
            programs,
            json,
            with(create(), "capacity", 10_001),
            400,
            "capacity"),
        bad(
            "capacity not a number",
            "POST",
            programs,
            json,
            with(create(), "capacity", "many"),
            400,
            "capacity"),
        bad(
            "end before start",
            "POST",
            programs,
            json,
            with(create(), "endDate", "2026-03-01"),
            400,
            "endDate"),
        bad(
            "impossible date",
            "POST",
            programs,
            json,
            with(create(), "startDate", "2026-02-30"),
            400,
            "startDate"),
        bad(
            "unknown format",
            "POST",
            programs,
            json,
            with(create(), "format", "LECTURE"),
            400,
            "format"),
        bad(
            "lower-case track",
            "POST",
            programs,
            json,
            with(create(), "track", "vfx"),
            400,
            "track"),
        bad(
            "UNKNOWN audience",
            "POST",
            programs,
            json,
            with(create(), "audience", "UNKNOWN"),
            400,
            "audience"),
        bad(
            "unknown delivery mode",
            "POST",
            programs,
            json,
            with(create(), "deliveryMode", "PIGEON"),
            400,
            "deliveryMode"),
        bad(
            "cohort year 1999",
            "POST",
            programs,
            json,
            with(create(), "cohortYear", 1999),
            400,
            "cohortYear"),
        bad(
            "planned hours 0",
            "POST",
            programs,
            json,
            with(create(), "plannedHours", 0),
            400,
            "plannedHours"),
        bad(
            "bad language tag",
            "POST",
            programs,
            json,
            with(create(), "instructionLanguage", "Korean!"),
            400,
            "instructionLanguage"),
        bad(
            "lone surrogate in title",
            "POST",
            programs,
            json,
            toJson(create()).replace("Colour grading", "Sur\\ud800rogate"),
            400,
            "title"),
        bad("track by index", "POST", programs, json, with(create(), "track", 1), 400, "track"),
        bad(
            "format with a leading space",
            "POST",
            programs,
            json,
            with(create(), "format", " SHORT_COURSE"),
            400,
            "format"),
        bad(
            "capacity as a string",
            "POST",
            programs,
            json,
            with(create(), "capacity", "5"),
            400,
            "capacity"),
        bad(
            "cohort year with a fraction",
            "POST",
            programs,
            json,
            with(create(), "cohortYear", 2027.9),
            400,
            "cohortYear"),
        bad("title as a number", "POST", programs, json, with(create(), "title", 42), 400, "title"),
        bad(
            "start date as a number",
            "POST",
            programs,
            json,
            with(create(), "startDate", 20_000),
            400,
            "startDate"),
        bad(
            "unknown field",
            "POST",
            programs,
            json,
            with(create(), "status", "PUBLISHED"),
            400,
            "status"),
        bad(
            "field sent twice",
            "POST",
            programs,
            json,
            toJson(create()).replaceFirst("\\{", "{\"capacity\":5,"),
            400,
            "capacity"),
        bad(
            "capacity change as a string",
            "PUT",
            "/programs/" + EXISTING + "/capacity",
            json,
            Map.of("capacity", "30"),
            400,
            "capacity"),
        bad(
            "If-Match weak tag",
            "POST",
            "/programs/" + EXISTING + "/publish",
            json,
            null,
            412,
            "If-Match",
            "If-Match",
            "W/\"1\""),
        bad(
            "If-Match bare number",
            "POST",
            "/programs/" + EXISTING + "/publish",
            json,
            null,
            400,
            "If-Match",
            "If-Match",
            "1"),
        bad("text/plain", "POST", programs, "text/plain", create(), 415, null),
        bad("no content type", "POST", programs, null, create(), 415, null),
        bad(
            "body over 64 KB",
            "POST",
            programs,
            json,
            with(create(), "location", "x".repeat(70_000)),
            413,
            null),
        bad(
            "schedule end before start",
            "PUT",
            "/programs/" + EXISTING + "/schedule",
            json,
            Map.of("startDate", "2026-05-01", "endDate", "2026-04-01"),
            400,
            "endDate"),
        bad(
            "schedule without dates",
            "PUT",
            "/programs/" + EXISTING + "/schedule",
            json,
            Map.of("reasonCode", "VENUE_AVAILABILITY"),
            400,
            "startDate"),
        bad(
            "capacity change to 0",
            "PUT",
            "/programs/" + EXISTING + "/capacity",
            json,
            Map.of("capacity", 0),
            400,
            "capacity"),
        bad(
            "capacity change 10001",
            "PUT",
            "/programs/" + EXISTING + "/capacity",
            json,
            Map.of("capacity", 10_001),
            400,
            "capacity"),
        bad(
            "cancel without reason code",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            json,
            Map.of("note", "instructor ill"),
            400,
            "reasonCode"),
        bad(
            "cancel with an unknown reason code",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            json,
            Map.of("reasonCode", "BORED"),
            400,
            "reasonCode"),
        bad(
            "cancel with reason code UNSPECIFIED",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            json,
            Map.of("reasonCode", "UNSPECIFIED"),
            400,
            "reasonCode"),
        bad(
            "cancel note 501 chars",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            json,
            Map.of("reasonCode", "LOW_ENROLMENT", "note", "x".repeat(501)),
            400,
            "note"),
        bad(
            "cancel with the retired free-text reason",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            json,
            Map.of("reasonCode", "LOW_ENROLMENT", "reason", "questions to jisu.kim@example.kr"),
            400,
            "reason"),
        bad(
            "schedule with the retired free-text reason",
            "PUT",
            "/programs/" + EXISTING + "/schedule",
            json,
            Map.of(
                "startDate", "2026-05-01", "endDate", "2026-05-02", "reason", "call 010-1234-5678"),
            400,
            "reason"),
        bad(
            "schedule note 501 chars",
            "PUT",
            "/programs/" + EXISTING + "/schedule",
            json,
            Map.of("startDate", "2026-05-01", "endDate", "2026-05-02", "note", "x".repeat(501)),
            400,
            "note"),
        bad(
            "cancel as form",
            "POST",
            "/programs/" + EXISTING + "/cancel",
            "application/x-www-form-urlencoded",
            "reasonCode=OTHER",
            415,
            null),
        bad(
            "If-Match not an ETag",
            "POST",
            "/programs/" + EXISTING + "/publish",
            json,
            null,
            400,
            "If-Match",
            "If-Match",
            "yesterday"),
        bad(
            "Idempotency-Key too long",
            "POST",
            programs,
            json,
            create(),
            400,
            null,
            "Idempotency-Key",
            "k".repeat(201)),
        bad(
            "X-Correlation-Id too long",
            "POST",
            "/programs/" + EXISTING + "/publish",
            json,
            null,
            400,
            "X-Correlation-Id",
            "X-Correlation-Id",
            "c".repeat(201)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRequests")
  void isRejectedWithAProblemAndLeavesNoTrace(
      String name,
      String method,
      String path,
      String contentType,
      Object body,
      int status,
      String field,
      String[] headers) {
    String target = path.replace(EXISTING, existingProgram());
    long programs = rows("program");
    long events = rows("outbox_event");
    long versions = jdbc.sql("SELECT sum(version) FROM program").query(Long.class).single();

    String text = body == null || body instanceof String s ? (String) body : toJson(body);
    HttpApi.Response response = api().send(method, target, contentType, text, headers);

    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    if (field != null) {
      List<String> fields = new ArrayList<>();
      problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
      assertThat(fields).contains(field);
    }
    assertThat(rows("program")).isEqualTo(programs);
    assertThat(rows("outbox_event")).isEqualTo(events);
    assertThat(jdbc.sql("SELECT sum(version) FROM program").query(Long.class).single())
        .isEqualTo(versions);
  }

  private String existingProgram() {
    if (existingId == null) {
      existingId = createProgram(create());
    }
    return existingId;
  }

  private static String toJson(Object body) {
    return HttpApi.JSON.writeValueAsString(body);
  }

  private static Arguments bad(
      String name,
      String method,
      String path,
      String contentType,
      Object body,
      int status,
      String field,
      String... headers) {
    return Arguments.of(name, method, path, contentType, body, status, field, headers);
  }
}
