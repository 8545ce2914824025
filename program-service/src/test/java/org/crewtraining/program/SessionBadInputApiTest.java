package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.ProgramRequests.with;
import static org.crewtraining.program.SessionRequests.reschedule;
import static org.crewtraining.program.SessionRequests.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every rejected session or completion-rule request answers 4xx problem+json naming the field, and
 * changes no session, rule or programme version and writes no event.
 */
class SessionBadInputApiTest extends ProgramServiceIntegrationTest {

  private static final String SESSIONS = "/programs/{existing}/sessions";
  private static final String SESSION = SESSIONS + "/{session}";
  private static final String RULE = "/programs/{existing}/completion-rule";

  private static String existingId;
  private static String sessionId;

  static Stream<Arguments> rejectedRequests() {
    Map<String, Object> move = reschedule("2026-03-06", "09:00", "10:00", 60, "OTHER");
    Map<String, Object> online = with(schedule(), "location", null);
    return Stream.of(
        bad("no date", "POST", SESSIONS, with(schedule(), "date", null), "date"),
        bad(
            "date before the programme",
            "POST",
            SESSIONS,
            with(schedule(), "date", "2026-03-01"),
            "date"),
        bad(
            "date after the programme",
            "POST",
            SESSIONS,
            with(schedule(), "date", "2026-03-28"),
            "date"),
        bad("impossible date", "POST", SESSIONS, with(schedule(), "date", "2026-02-30"), "date"),
        bad(
            "date in the year 2101",
            "POST",
            SESSIONS,
            with(schedule(), "date", "2101-03-03"),
            "date"),
        bad("no start time", "POST", SESSIONS, with(schedule(), "startTime", null), "startTime"),
        bad(
            "start time 9:00",
            "POST",
            SESSIONS,
            with(schedule(), "startTime", "9:00"),
            "startTime"),
        bad(
            "start time with seconds",
            "POST",
            SESSIONS,
            with(schedule(), "startTime", "09:00:30"),
            "startTime"),
        bad(
            "start time as a number",
            "POST",
            SESSIONS,
            with(schedule(), "startTime", 900),
            "startTime"),
        bad("no end time", "POST", SESSIONS, with(schedule(), "endTime", null), "endTime"),
        bad("end time 24:00", "POST", SESSIONS, with(schedule(), "endTime", "24:00"), "endTime"),
        bad(
            "end time equal to start",
            "POST",
            SESSIONS,
            with(schedule(), "endTime", "09:00"),
            "endTime"),
        bad(
            "end time before start",
            "POST",
            SESSIONS,
            with(schedule(), "endTime", "08:00"),
            "endTime"),
        bad(
            "no contact minutes",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", null),
            "contactMinutes"),
        bad(
            "contact minutes 0",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", 0),
            "contactMinutes"),
        bad(
            "contact minutes over the duration",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", 181),
            "contactMinutes"),
        bad(
            "contact minutes 1441",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", 1441),
            "contactMinutes"),
        bad(
            "contact minutes as a string",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", "90"),
            "contactMinutes"),
        bad(
            "contact minutes with a fraction",
            "POST",
            SESSIONS,
            with(schedule(), "contactMinutes", 90.5),
            "contactMinutes"),
        bad(
            "no delivery mode",
            "POST",
            SESSIONS,
            with(schedule(), "deliveryMode", null),
            "deliveryMode"),
        bad(
            "unknown delivery mode",
            "POST",
            SESSIONS,
            with(schedule(), "deliveryMode", "PIGEON"),
            "deliveryMode"),
        bad(
            "topic 201 chars",
            "POST",
            SESSIONS,
            with(schedule(), "topic", "t".repeat(201)),
            "topic"),
        bad(
            "location 201 chars",
            "POST",
            SESSIONS,
            with(schedule(), "location", "l".repeat(201)),
            "location"),
        bad(
            "venue for an online session",
            "POST",
            SESSIONS,
            with(schedule(), "deliveryMode", "ONLINE"),
            "location"),
        bad(
            "link for an in-person session",
            "POST",
            SESSIONS,
            with(schedule(), "deliveryMode", "IN_PERSON"),
            "onlineLink"),
        bad(
            "http link",
            "POST",
            SESSIONS,
            with(online, "onlineLink", "http://meet.example.org/j/1"),
            "onlineLink"),
        bad(
            "javascript link",
            "POST",
            SESSIONS,
            with(online, "onlineLink", "javascript:alert(1)"),
            "onlineLink"),
        bad("relative link", "POST", SESSIONS, with(online, "onlineLink", "/j/1"), "onlineLink"),
        bad(
            "link with a space",
            "POST",
            SESSIONS,
            with(online, "onlineLink", "https://meet.example.org/j 1"),
            "onlineLink"),
        bad(
            "link with credentials",
            "POST",
            SESSIONS,
            with(online, "onlineLink", "https://kim:pw@meet.example.org/"),
            "onlineLink"),
        bad(
            "link 501 chars",
            "POST",
            SESSIONS,
            with(online, "onlineLink", "https://meet.example.org/" + "j".repeat(476)),
            "onlineLink"),
        bad(
            "a session id of one's own",
            "POST",
            SESSIONS,
            with(schedule(), "sessionId", "ses-mine"),
            "sessionId"),
        bad("a status", "POST", SESSIONS, with(schedule(), "status", "CANCELLED"), "status"),
        bad(
            "reschedule without reason code",
            "PUT",
            SESSION,
            with(move, "reasonCode", null),
            "reasonCode"),
        bad(
            "reschedule with UNSPECIFIED",
            "PUT",
            SESSION,
            with(move, "reasonCode", "UNSPECIFIED"),
            "reasonCode"),
        bad(
            "reschedule with an unknown code",
            "PUT",
            SESSION,
            with(move, "reasonCode", "BORED"),
            "reasonCode"),
        bad(
            "reschedule note 501 chars",
            "PUT",
            SESSION,
            with(move, "note", "n".repeat(501)),
            "note"),
        bad(
            "reschedule outside the programme",
            "PUT",
            SESSION,
            with(move, "date", "2026-04-01"),
            "date"),
        bad(
            "reschedule end before start",
            "PUT",
            SESSION,
            with(move, "endTime", "08:59"),
            "endTime"),
        bad(
            "reschedule changing the mode",
            "PUT",
            SESSION,
            with(move, "deliveryMode", "ONLINE"),
            "deliveryMode"),
        bad(
            "cancel without reason code",
            "POST",
            SESSION + "/cancel",
            Map.of("note", "n"),
            "reasonCode"),
        bad(
            "cancel with UNSPECIFIED",
            "POST",
            SESSION + "/cancel",
            Map.of("reasonCode", "UNSPECIFIED"),
            "reasonCode"),
        bad(
            "cancel note 501 chars",
            "POST",
            SESSION + "/cancel",
            Map.of("reasonCode", "OTHER", "note", "n".repeat(501)),
            "note"),
        bad(
            "cancel with free-text reason",
            "POST",
            SESSION + "/cancel",
            Map.of("reasonCode", "OTHER", "reason", "ill"),
            "reason"),
        bad("percent 101", "PUT", RULE, Map.of("minAttendedPercent", 101), "minAttendedPercent"),
        bad("percent -1", "PUT", RULE, Map.of("minAttendedPercent", -1), "minAttendedPercent"),
        bad(
            "percent as a string",
            "PUT",
            RULE,
            Map.of("minAttendedPercent", "80"),
            "minAttendedPercent"),
        bad(
            "unknown required session",
            "PUT",
            RULE,
            Map.of("requiredSessionIds", List.of("ses-nope")),
            "requiredSessionIds[0]"),
        bad(
            "required session twice",
            "PUT",
            RULE,
            Map.of("requiredSessionIds", List.of("{session}", "{session}")),
            "requiredSessionIds[1]"),
        bad(
            "blank required session",
            "PUT",
            RULE,
            Map.of("requiredSessionIds", List.of("")),
            "requiredSessionIds[0]"),
        bad(
            "required sessions as a string",
            "PUT",
            RULE,
            Map.of("requiredSessionIds", "{session}"),
            "requiredSessionIds"),
        bad(
            "assessment as a string",
            "PUT",
            RULE,
            Map.of("assessmentRequired", "yes"),
            "assessmentRequired"),
        Arguments.of(
            "If-Match weak tag",
            "POST",
            SESSIONS,
            schedule(),
            412,
            "If-Match",
            new String[] {"If-Match", "W/\"2\""}),
        Arguments.of(
            "If-Match not an ETag",
            "PUT",
            RULE,
            Map.of(),
            400,
            "If-Match",
            new String[] {"If-Match", "two"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRequests")
  void isRejectedWithAProblemAndLeavesNoTrace(
      String name,
      String method,
      String path,
      Object body,
      int status,
      String field,
      String[] headers) {
    existing();
    String target = path.replace("{existing}", existingId).replace("{session}", sessionId);
    String json = HttpApi.JSON.writeValueAsString(body).replace("{session}", sessionId);
    String before = fingerprint();

    HttpApi.Response response = api().send(method, target, "application/json", json, headers);

    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).as(response.toString()).contains(field);
    assertThat(fingerprint()).isEqualTo(before);
  }

  /** Every session, rule and programme version, and the number of outbox rows. */
  private String fingerprint() {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM outbox_event)"
                + " || '|' || (SELECT coalesce(sum(version), 0) FROM program)"
                + " || '|' || (SELECT coalesce(md5(string_agg(s::text, ',' ORDER BY session_id)), '')"
                + " FROM program_session s)"
                + " || '|' || (SELECT coalesce(md5(string_agg(r::text, ',' ORDER BY program_id)), '')"
                + " FROM program_completion_rule r)")
        .query(String.class)
        .single();
  }

  private void existing() {
    if (existingId == null) {
      existingId = createProgram(ProgramRequests.create());
      HttpApi.Response added = api().post("/programs/" + existingId + "/sessions", schedule());
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      sessionId = added.json().get("sessionId").asString();
      JsonNode rule =
          api()
              .put("/programs/" + existingId + "/completion-rule", Map.of("minAttendedPercent", 75))
              .json();
      assertThat(rule.get("minAttendedPercent").asInt()).isEqualTo(75);
    }
  }

  private static Arguments bad(String name, String method, String path, Object body, String field) {
    return Arguments.of(name, method, path, body, 400, field, new String[0]);
  }
}
