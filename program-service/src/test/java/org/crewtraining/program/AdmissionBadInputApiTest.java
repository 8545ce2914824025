package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.AdmissionRequests.byApplication;
import static org.crewtraining.program.AdmissionRequests.firstCome;
import static org.crewtraining.program.AdmissionRequests.quota;
import static org.crewtraining.program.AdmissionRequests.studentQuota;
import static org.crewtraining.program.AdmissionRequests.vfxQuota;
import static org.crewtraining.program.ProgramRequests.with;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every refused admission answers problem+json naming the field, and leaves the programme, its
 * version, the admission tables and the outbox as they were. The programme is a DRAFT of capacity
 * 20 starting 2026-03-02 (Korean time) with no admission set.
 */
class AdmissionBadInputApiTest extends ProgramServiceIntegrationTest {

  private static String existingId;

  static Stream<Arguments> refusedAdmissions() {
    return Stream.of(
        bad("mode missing", with(byApplication(), "mode", null), "mode"),
        bad("mode unknown", with(byApplication(), "mode", "LOTTERY"), "mode"),
        bad("mode in lower case", with(byApplication(), "mode", "application"), "mode"),
        bad("mode null", "{\"mode\":null}", "mode"),
        bad(
            "first come with a window",
            with(firstCome(), "applicationsOpenAt", "2026-02-02T09:00:00+09:00"),
            "applicationsOpenAt"),
        bad(
            "first come with a close",
            with(firstCome(), "applicationsCloseAt", "2026-02-16T18:00:00+09:00"),
            "applicationsCloseAt"),
        bad(
            "first come with questions",
            with(firstCome(), "questions", List.of("MOTIVATION")),
            "questions"),
        bad("first come with no questions", with(firstCome(), "questions", List.of()), "questions"),
        bad("first come with quotas", with(firstCome(), "quotas", List.of()), "quotas"),
        bad(
            "first come with an offer validity",
            with(firstCome(), "offerValidityHours", 72),
            "offerValidityHours"),
        bad(
            "no open instant",
            with(byApplication(), "applicationsOpenAt", null),
            "applicationsOpenAt"),
        bad(
            "no close instant",
            with(byApplication(), "applicationsCloseAt", null),
            "applicationsCloseAt"),
        bad(
            "no offer validity",
            with(byApplication(), "offerValidityHours", null),
            "offerValidityHours"),
        bad(
            "open without an offset",
            with(byApplication(), "applicationsOpenAt", "2026-02-02T09:00:00"),
            "applicationsOpenAt"),
        bad(
            "open a date only",
            with(byApplication(), "applicationsOpenAt", "2026-02-02"),
            "applicationsOpenAt"),
        bad(
            "open as a number",
            with(byApplication(), "applicationsOpenAt", 1_769_990_400_000L),
            "applicationsOpenAt"),
        bad(
            "open in year 0",
            with(byApplication(), "applicationsOpenAt", "0000-12-31T09:00:00+09:00"),
            "applicationsOpenAt"),
        bad(
            "close with sub-millisecond digits",
            with(byApplication(), "applicationsCloseAt", "2026-02-16T18:00:00.0001+09:00"),
            "applicationsCloseAt"),
        bad(
            "open with microseconds",
            with(byApplication(), "applicationsOpenAt", "2026-02-02T09:00:00.123456+09:00"),
            "applicationsOpenAt"),
        bad(
            "close equal to open",
            with(byApplication(), "applicationsCloseAt", "2026-02-02T00:00:00Z"),
            "applicationsCloseAt"),
        bad(
            "close before open",
            with(byApplication(), "applicationsCloseAt", "2026-02-01T09:00:00+09:00"),
            "applicationsCloseAt"),
        bad(
            "close at the start, 00:00 in Korea",
            with(byApplication(), "applicationsCloseAt", "2026-03-01T15:00:00Z"),
            "applicationsCloseAt"),
        bad(
            "close after the start",
            with(byApplication(), "applicationsCloseAt", "2026-03-05T18:00:00+09:00"),
            "applicationsCloseAt"),
        bad(
            "unknown question",
            with(byApplication(), "questions", List.of("MOTIVATION", "FAVOURITE_FILM")),
            "questions[1]"),
        bad(
            "question UNSPECIFIED",
            with(byApplication(), "questions", List.of("UNSPECIFIED")),
            "questions[0]"),
        bad(
            "question twice",
            with(byApplication(), "questions", List.of("CAREER_GOAL", "CAREER_GOAL")),
            "questions[1]"),
        bad(
            "question null",
            with(byApplication(), "questions", Arrays.asList("MOTIVATION", null)),
            "questions[1]"),
        bad(
            "question free text",
            with(byApplication(), "questions", List.of("Why this course?")),
            "questions[0]"),
        bad("questions not a list", with(byApplication(), "questions", "MOTIVATION"), "questions"),
        bad(
            "quota with type and craft",
            with(byApplication(), "quotas", List.of(both())),
            "quotas[0]"),
        bad(
            "quota for no group",
            with(byApplication(), "quotas", List.of(Map.of("minSeats", 1, "maxSeats", 2))),
            "quotas[0]"),
        bad(
            "two quotas for one type",
            with(byApplication(), "quotas", List.of(studentQuota(1, 2), studentQuota(0, 3))),
            "quotas[1].participantType"),
        bad(
            "two quotas for one craft",
            with(
                byApplication(),
                "quotas",
                List.of(vfxQuota(1, 2), studentQuota(0, 3), vfxQuota(0, 1))),
            "quotas[2].craft"),
        bad(
            "minSeats above maxSeats",
            with(byApplication(), "quotas", List.of(studentQuota(5, 4))),
            "quotas[0].maxSeats"),
        bad(
            "maxSeats above the capacity",
            with(byApplication(), "quotas", List.of(vfxQuota(0, 4), studentQuota(0, 21))),
            "quotas[1].maxSeats"),
        bad(
            "minimums together above the capacity",
            with(byApplication(), "quotas", List.of(studentQuota(12, 12), vfxQuota(9, 10))),
            "quotas"),
        bad(
            "negative minSeats",
            with(byApplication(), "quotas", List.of(studentQuota(-1, 4))),
            "quotas[0].minSeats"),
        bad(
            "maxSeats missing",
            with(byApplication(), "quotas", List.of(Map.of("craft", "VFX", "minSeats", 1))),
            "quotas[0].maxSeats"),
        bad(
            "maxSeats as a string",
            with(
                byApplication(),
                "quotas",
                List.of(Map.of("craft", "VFX", "minSeats", 1, "maxSeats", "4"))),
            "quotas[0].maxSeats"),
        bad(
            "unknown participant type",
            with(byApplication(), "quotas", List.of(quota("participantType", "ALUMNI", 0, 2))),
            "quotas[0].participantType"),
        bad(
            "unknown craft",
            with(byApplication(), "quotas", List.of(quota("craft", "CATERING", 0, 2))),
            "quotas[0].craft"),
        bad(
            "unknown field in a quota",
            with(byApplication(), "quotas", List.of(with(vfxQuota(0, 2), "seats", 2))),
            "quotas[0].seats"),
        bad(
            "quota null",
            with(byApplication(), "quotas", Arrays.asList((Object) null)),
            "quotas[0]"),
        bad(
            "offer validity 0",
            with(byApplication(), "offerValidityHours", 0),
            "offerValidityHours"),
        bad(
            "offer validity 721",
            with(byApplication(), "offerValidityHours", 721),
            "offerValidityHours"),
        bad(
            "offer validity as a string",
            with(byApplication(), "offerValidityHours", "72"),
            "offerValidityHours"),
        bad(
            "offer validity with a fraction",
            with(byApplication(), "offerValidityHours", 72.5),
            "offerValidityHours"),
        bad("unknown field", with(byApplication(), "note", "for the office"), "note"),
        bad(
            "field sent twice",
            toJson(byApplication()).replaceFirst("\\{", "{\"offerValidityHours\":24,"),
            "offerValidityHours"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedAdmissions")
  void isRefusedNamingTheFieldAndLeavesNoTrace(String name, String body, String field) {
    assertRefused(api().put(AdmissionRequests.path(existingProgram()), body), 400, field);
  }

  @ParameterizedTest(name = "If-Match {0}")
  @MethodSource("refusedVersions")
  void aVersionThatDoesNotMatchIsRefusedAndLeavesNoTrace(String ifMatch, int status) {
    String path = AdmissionRequests.path(existingProgram());
    HttpApi.Response response = api().put(path, byApplication(), "If-Match", ifMatch);
    assertRefused(response, status, status == 400 ? "If-Match" : null);
  }

  static Stream<Arguments> refusedVersions() {
    return Stream.of(
        Arguments.of("\"2\"", 412), Arguments.of("W/\"1\"", 412), Arguments.of("1", 400));
  }

  private void assertRefused(HttpApi.Response response, int status, String field) {
    // Nothing was ever accepted on this programme: it is as created, version 1, one event.
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    if (field != null) {
      List<String> fields = new ArrayList<>();
      problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
      assertThat(fields).contains(field);
    }
    assertThat(api().get("/programs/" + existingId).json().get("version").asLong()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM program_admission WHERE program_id = :id)"
                        + " + (SELECT count(*) FROM program_admission_quota WHERE program_id = :id)")
                .param("id", existingId)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(outboxRowsOf(existingId)).as("only ProgramCreated").isEqualTo(1);
  }

  private String existingProgram() {
    if (existingId == null) {
      existingId = createProgram(ProgramRequests.create());
    }
    return existingId;
  }

  private static Map<String, Object> both() {
    Map<String, Object> quota = new LinkedHashMap<>(studentQuota(0, 2));
    quota.put("craft", "VFX");
    return quota;
  }

  private static String toJson(Object body) {
    return HttpApi.JSON.writeValueAsString(body);
  }

  private static Arguments bad(String name, Object body, String field) {
    return Arguments.of(name, body instanceof String s ? s : toJson(body), field);
  }
}
