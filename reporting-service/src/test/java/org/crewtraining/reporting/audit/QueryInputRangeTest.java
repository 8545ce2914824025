package org.crewtraining.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Query instants (audit {@code from}/{@code to}/{@code cursor}, as-of {@code at}) outside
 * 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999Z or finer than milliseconds, malformed cursors and
 * NUL in any query parameter are 400 problem+json naming the parameter; the bounds themselves are
 * held exactly.
 */
class QueryInputRangeTest extends IntegrationTestBase {

  private static final String INSTANT_RANGE =
      "must be an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z";
  private static final String NUL = "must not contain NUL characters";

  @Autowired JdbcTemplate jdbc;

  static Stream<Arguments> refused() {
    String far = "%2B300000-01-01T00:00:00Z"; // '+' must be encoded in a query
    String early = "-4713-01-01T00:00:00Z";
    String micros = "2024-12-31T23:59:59.999999Z";
    String precision = "must not be more precise than milliseconds";
    String notCursor = "is not a cursor from a previous page (nextCursor)";
    return Stream.of(
        Arguments.of("/api/audit/events?from=" + far, "from", INSTANT_RANGE),
        Arguments.of("/api/audit/events?to=" + early, "to", INSTANT_RANGE),
        Arguments.of("/api/audit/events?to=0000-12-31T23:59:59.999Z", "to", INSTANT_RANGE),
        Arguments.of("/api/audit/events?from=%2B10000-01-01T00:00:00Z", "from", INSTANT_RANGE),
        Arguments.of("/api/audit/events?from=" + micros, "from", precision),
        Arguments.of("/api/audit/export?from=" + far, "from", INSTANT_RANGE),
        Arguments.of("/api/audit/export?to=" + early, "to", INSTANT_RANGE),
        Arguments.of("/api/reports/as-of?at=" + far, "at", INSTANT_RANGE),
        Arguments.of("/api/reports/as-of?at=" + early, "at", INSTANT_RANGE),
        Arguments.of("/api/reports/as-of?at=" + micros, "at", precision),
        Arguments.of(
            "/api/audit/events?cursor=" + cursor("+300000-01-01T00:00:00Z"),
            "cursor",
            INSTANT_RANGE),
        Arguments.of(
            "/api/audit/events?cursor=" + cursor("-4713-01-01T00:00:00Z"), "cursor", INSTANT_RANGE),
        Arguments.of("/api/audit/events?cursor=garbage", "cursor", notCursor),
        Arguments.of("/api/audit/events?cursor=%21%21", "cursor", notCursor),
        Arguments.of(
            "/api/audit/events?cursor=" + encode("2024-01-01T00:00:00Z"), "cursor", notCursor),
        Arguments.of(
            "/api/audit/events?cursor=" + encode("x|" + UUID.randomUUID()), "cursor", notCursor),
        Arguments.of(
            "/api/audit/events?cursor=" + encode("2024-01-01T00:00:00Z|no-uuid"),
            "cursor",
            notCursor),
        Arguments.of("/api/programs?partner=%00", "partner", NUL),
        Arguments.of("/api/programs?format=SHORT%00COURSE", "format", NUL),
        Arguments.of("/api/programs?track=%00", "track", NUL),
        Arguments.of("/api/programs?status=%00", "status", NUL),
        Arguments.of("/api/programs?cohortYear=2024%00", "cohortYear", NUL),
        Arguments.of("/api/audit/events?programId=%00", "programId", NUL),
        Arguments.of("/api/audit/events?participantId=a%00", "participantId", NUL),
        Arguments.of("/api/audit/events?enrollmentId=%00", "enrollmentId", NUL),
        Arguments.of("/api/audit/events?type=%00", "type", NUL),
        Arguments.of("/api/audit/events?cursor=%00", "cursor", NUL),
        Arguments.of("/api/audit/export?programId=%00", "programId", NUL),
        Arguments.of("/api/audit/export?type=Program%00Created", "type", NUL),
        Arguments.of("/api/audit/export?from=2024-01-01T00:00:00Z%00", "from", NUL),
        Arguments.of("/api/reports/as-of?at=%00", "at", NUL),
        Arguments.of("/api/rollups/PARTNER?cohortYear=%00", "cohortYear", NUL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isA400ProblemNamingTheParameter(String path, String field, String message) {
    long audited = audited();

    HttpResponse<String> response = Http.get(port, path);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    List<String> messages = JsonPath.read(response.body(), "$.errors[*].message");
    assertThat(fields).as(response.body()).containsExactly(field);
    assertThat(messages).containsExactly(message);
    assertThat(audited()).isEqualTo(audited);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inexactEnums")
  void anEnumParameterMustNameAConstantExactly(String path, String field) {
    HttpResponse<String> response = Http.get(port, path);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).as(response.body()).containsExactly(field);
  }

  static Stream<Arguments> inexactEnums() {
    return Stream.of(
        Arguments.of("/api/programs?status=%20PUBLISHED", "status"),
        Arguments.of("/api/programs?status=published", "status"),
        Arguments.of("/api/programs?status=1", "status"),
        Arguments.of("/api/rollups/partner", "dimension"),
        Arguments.of("/api/rollups/%20PARTNER", "dimension"));
  }

  @Test
  void theBoundsAreAcceptedAndHeldExactly() {
    String programId = newPrefix() + "-p1";
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    ProgramCreated created =
        TestEvents.created(
            programId,
            "Year one",
            List.of("KOCCA"),
            ProgramFormat.SEMINAR,
            CraftTrack.VFX,
            2024,
            10);
    created.getMetadata().setOccurredAt(first);
    publish(List.of(created));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id = ?",
                        Long.class,
                        programId)
                    == 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT (occurred_at AT TIME ZONE 'UTC')::text FROM audit_event"
                    + " WHERE program_id = ?",
                String.class,
                programId))
        .isEqualTo("0001-01-01 00:00:00");

    String exactly = "/api/audit/events?programId=" + programId + "&from=" + first + "&to=" + first;
    HttpResponse<String> page = Http.get(port, exactly);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<String> occurred = JsonPath.read(page.body(), "$.items[*].occurredAt");
    assertThat(occurred).containsExactly("0001-01-01T00:00:00Z");

    HttpResponse<String> whole =
        Http.get(
            port,
            "/api/audit/events?programId="
                + programId
                + "&from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z&size=1");
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
    assertThat(Http.get(port, "/api/reports/as-of?at=9999-12-31T23:59:59.999Z").statusCode())
        .isEqualTo(200);
    HttpResponse<String> yearOne = Http.get(port, "/api/reports/as-of?at=" + first);
    assertThat(yearOne.statusCode()).as(yearOne.body()).isEqualTo(200);
    List<String> asOfYearOne = JsonPath.read(yearOne.body(), "$.programs[*].programId");
    assertThat(asOfYearOne).contains(programId);
    assertThat(
            Http.get(port, "/api/audit/events?cursor=" + cursor("0001-01-01T00:00:00Z"))
                .statusCode())
        .isEqualTo(200);
  }

  private long audited() {
    return jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
  }

  private static String cursor(String instant) {
    return encode(instant + "|" + UUID.randomUUID());
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
