package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.ProgramRequests.create;
import static org.crewtraining.program.ProgramRequests.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Dates outside 1900-01-01..2100-12-31 and NUL in query parameters are refused with a 400 naming
 * the field, before anything is written; dates at the bounds are stored and published exactly.
 */
class InputRangeApiTest extends ProgramServiceIntegrationTest {

  private static final String EXISTING = "{existing}";
  private static String existingId;

  static Stream<Arguments> outOfRangeDates() {
    List<Arguments> cases = new ArrayList<>();
    for (String date :
        List.of("-5000-01-01", "+999999999-12-31", "+5874898-01-01", "1899-12-31", "2101-01-01")) {
      cases.add(Arguments.of("POST", "/programs", with(create(), "startDate", date), "startDate"));
      cases.add(
          Arguments.of(
              "POST",
              "/programs",
              with(with(create(), "startDate", "1900-01-01"), "endDate", date),
              "endDate"));
      cases.add(
          Arguments.of(
              "PUT",
              "/programs/" + EXISTING + "/schedule",
              Map.of("startDate", date, "endDate", "2100-12-31"),
              "startDate"));
      cases.add(
          Arguments.of(
              "PUT",
              "/programs/" + EXISTING + "/schedule",
              Map.of("startDate", "1900-01-01", "endDate", date),
              "endDate"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("outOfRangeDates")
  void anOutOfRangeDateIsA400NamingItAndWritesNothing(
      String method, String path, Map<String, Object> body, String field) {
    String target = path.replace(EXISTING, existingProgram());
    long programs = rows("program");
    long outbox = rows("outbox_event");
    long versions = versions();

    HttpApi.Response response =
        api().send(method, target, "application/json", HttpApi.JSON.writeValueAsString(body));

    assertProblem(response, field, "must be a date from 1900-01-01 to 2100-12-31");
    assertThat(rows("program")).isEqualTo(programs);
    assertThat(rows("outbox_event")).isEqualTo(outbox);
    assertThat(versions()).isEqualTo(versions);
  }

  @Test
  void datesAtTheBoundsAreStoredReadAndPublishedExactly() {
    HttpApi.Response created =
        api()
            .post(
                "/programs",
                with(with(create(), "startDate", "1900-01-01"), "endDate", "2100-12-31"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().get("programId").asString();
    HttpApi.Response moved =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of("startDate", "2100-12-31", "endDate", "2100-12-31"));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    JsonNode stored = api().get("/programs/" + id).json();
    assertThat(stored.get("startDate").asString()).isEqualTo("2100-12-31");
    assertThat(stored.get("endDate").asString()).isEqualTo("2100-12-31");
    var records = eventsOf(id, 2);
    ProgramCreated first = (ProgramCreated) records.get(0).value();
    assertThat(first.getStartDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(first.getEndDate()).isEqualTo(LocalDate.of(2100, 12, 31));
    ProgramScheduleChanged second = (ProgramScheduleChanged) records.get(1).value();
    assertThat(second.getStartDate()).isEqualTo(LocalDate.of(2100, 12, 31));
    assertThat(
            jdbc.sql("SELECT start_date::text FROM program WHERE program_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("2100-12-31");
  }

  static Stream<Arguments> nulInQueries() {
    return Stream.of(
        Arguments.of("/programs?partner=KO%00CCA", "partner"),
        Arguments.of("/programs?partner=%00", "partner"),
        Arguments.of("/programs?status=DRAFT%00", "status"),
        Arguments.of("/programs?page=0&format=%00SHORT_COURSE", "format"),
        Arguments.of("/programs?track=%00", "track"),
        Arguments.of("/programs?cohortYear=2026%00", "cohortYear"),
        Arguments.of("/programs?size=%00", "size"),
        Arguments.of("/programs?par%00tner=KOCCA", "par%00tner"),
        Arguments.of("/programs/prg-x?x=%00", "x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulInQueries")
  void nulInAQueryParameterIsA400NamingIt(String path, String field) {
    HttpApi.Response response = api().get(path);

    assertProblem(response, field, "must not contain NUL characters");
  }

  @Test
  void nulInTheQueryOfAWriteIsRefusedBeforeAnythingIsWritten() {
    long programs = rows("program");
    long outbox = rows("outbox_event");

    HttpApi.Response response = api().post("/programs?note=%00", create());

    assertProblem(response, "note", "must not contain NUL characters");
    assertThat(rows("program")).isEqualTo(programs);
    assertThat(rows("outbox_event")).isEqualTo(outbox);
  }

  private static void assertProblem(HttpApi.Response response, String field, String message) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as(response.toString()).isNotNull();
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.get("field").asString() + ": " + e.get("message").asString()));
    assertThat(fields).contains(field + ": " + message);
  }

  private long versions() {
    return jdbc.sql("SELECT coalesce(sum(version), 0) FROM program").query(Long.class).single();
  }

  private String existingProgram() {
    if (existingId == null) {
      existingId = createProgram(create());
    }
    return existingId;
  }
}
