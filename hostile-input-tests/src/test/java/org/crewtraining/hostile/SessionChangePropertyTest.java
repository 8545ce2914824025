package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.Payloads.field;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions and the completion rule with random payloads and random If-Match / Idempotency-Key
 * headers: never a 5xx; the programme's version moves exactly when a session event is written (or,
 * for the rule, which has no event, when the rule changed), and a rejected request writes nothing.
 */
class SessionChangePropertyTest {

  private static final String VALID_SESSION =
      "{\"date\":\"%s\",\"startTime\":\"10:00\",\"endTime\":\"12:00\",\"contactMinutes\":100,"
          + "\"deliveryMode\":\"ONLINE\",\"onlineLink\":\"https://meet.example.org/j/1\"}";

  private static final JsonMapper BODY = JsonMapper.builder().build();

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;
  private static String sessionId;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.draftProgramme();
    sessionId = addValidSession(programId);
  }

  @Property
  void addingASessionIsAllOrNothing(
      @ForAll("sessionBodies") String body, @ForAll("commandHeaders") Map<String, String> headers) {
    long events = events();
    long version = version(programId);
    long sessions = sessions(programId);

    Services.Response response = services.send("POST", url(programId, ""), body, JSON, headers);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    long written = events() - events;
    assertThat(written).as(body).isBetween(0L, response.status() == 201 ? 1L : 0L);
    assertThat(version(programId)).as(body).isEqualTo(version + written);
    assertThat(sessions(programId)).as(body).isEqualTo(sessions + written);
  }

  @Property
  void reschedulingIsAllOrNothing(
      @ForAll("rescheduleBodies") String body,
      @ForAll("commandHeaders") Map<String, String> headers) {
    long events = events();
    long version = version(programId);

    Services.Response response =
        services.send("PUT", url(programId, "/" + sessionId), body, JSON, headers);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    long written = events() - events;
    assertThat(written).as(body).isBetween(0L, response.status() == 200 ? 1L : 0L);
    assertThat(version(programId)).as(body).isEqualTo(version + written);
  }

  @Property
  void cancellingIsAllOrNothing(
      @ForAll("cancelBodies") String body, @ForAll("commandHeaders") Map<String, String> headers) {
    String target = addValidSession(programId);
    long events = events();

    Services.Response response =
        services.send("POST", url(programId, "/" + target + "/cancel"), body, JSON, headers);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    boolean accepted = response.status() == 200;
    assertThat(sessionStatus(target)).as(body).isEqualTo(accepted ? "CANCELLED" : "ACTIVE");
    assertThat(events()).as(body).isEqualTo(events + (accepted ? 1 : 0));
  }

  @Property
  void settingTheCompletionRuleIsAllOrNothingAndNeverAnEvent(
      @ForAll("ruleBodies") String body, @ForAll("commandHeaders") Map<String, String> headers) {
    long events = events();
    long version = version(programId);
    String rule = rule(programId);

    Services.Response response =
        services.send(
            "PUT",
            services.programUrl + "/programs/" + programId + "/completion-rule",
            body,
            JSON,
            headers);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    assertThat(events()).as(body).isEqualTo(events);
    long moved = version(programId) - version;
    assertThat(moved).as(body).isBetween(0L, response.status() == 200 ? 1L : 0L);
    assertThat(rule(programId).equals(rule)).as(body).isEqualTo(moved == 0);
  }

  @Provide
  Arbitrary<String> sessionBodies() {
    return mostlyAlmostRight(
        List.of(
            field("date", dates(), Arbitraries.of("2024-02-30", "", "2101-01-01", "03/03/2026")),
            field("startTime", startTimes(), badTimes()),
            field("endTime", endTimes(), badTimes()),
            field("contactMinutes", Arbitraries.integers().between(1, 150), minutes()),
            field(
                "deliveryMode",
                Arbitraries.of("HYBRID", "OTHER"),
                Arbitraries.of("PIGEON", "", "online", "UNKNOWN", "ONLINE", "IN_PERSON")),
            field("topic", Arbitraries.strings().ofMaxLength(200), longText()),
            field("location", Arbitraries.strings().ofMaxLength(200), longText()),
            field("onlineLink", links(), badLinks())));
  }

  @Provide
  Arbitrary<String> rescheduleBodies() {
    return mostlyAlmostRight(
        List.of(
            field("date", dates(), Arbitraries.of("2024-02-30", "", "1899-12-31")),
            field("startTime", startTimes(), badTimes()),
            field("endTime", endTimes(), badTimes()),
            field("contactMinutes", Arbitraries.integers().between(1, 150), minutes()),
            sessionReasonCode(),
            field("note", Arbitraries.strings().ofMaxLength(500), longText())));
  }

  @Provide
  Arbitrary<String> cancelBodies() {
    return Payloads.bodies(
        List.of(
            sessionReasonCode(),
            field("note", Arbitraries.strings().ofMaxLength(500), longText()),
            field("reason", Payloads.absent(), Payloads.absent())));
  }

  @Provide
  Arbitrary<String> ruleBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "minAttendedPercent",
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(-1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE)),
            field(
                "requiredSessionIds",
                Arbitraries.of(List.of(), List.of(sessionId)),
                Arbitraries.of(
                    List.of(sessionId, sessionId), List.of("ses-nope"), List.of(""), "ses-x")),
            field("assessmentRequired", Arbitraries.of(true, false), Arbitraries.of("yes", 1))));
  }

  @Provide
  Arbitrary<Map<String, String>> commandHeaders() {
    return Payloads.commandHeaders();
  }

  /** The draft programme runs from 30 days ago to 30 days ahead; some dates fall outside. */
  private static Arbitrary<String> dates() {
    return Arbitraries.integers().between(-40, 40).map(d -> LocalDate.now().plusDays(d).toString());
  }

  /**
   * A third of the bodies take a valid value for every field (so changes do get accepted, which
   * random fields alone seldom allow with this many of them), the rest come from {@link
   * Payloads#bodies}.
   */
  private static Arbitrary<String> mostlyAlmostRight(List<Payloads.Field> fields) {
    List<Arbitrary<Object>> valid = fields.stream().map(Payloads.Field::valid).toList();
    Arbitrary<String> right =
        net.jqwik.api.Combinators.combine(valid)
            .as(
                values -> {
                  Map<String, Object> body = new LinkedHashMap<>();
                  for (int i = 0; i < fields.size(); i++) {
                    body.put(fields.get(i).name(), values.get(i));
                  }
                  return BODY.writeValueAsString(body);
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, right), net.jqwik.api.Tuple.of(2, Payloads.bodies(fields)));
  }

  /** Any start before 09:31 and any end from 12:00 leave at least 150 minutes between them. */
  private static Arbitrary<String> startTimes() {
    return clock(0, 9 * 60 + 30);
  }

  private static Arbitrary<String> endTimes() {
    return clock(12 * 60, 23 * 60 + 59);
  }

  private static Arbitrary<String> clock(int fromMinute, int toMinute) {
    return Arbitraries.integers()
        .between(fromMinute, toMinute)
        .map(m -> String.format("%02d:%02d", m / 60, m % 60));
  }

  private static Arbitrary<Object> badTimes() {
    return Arbitraries.of("24:00", "9:00", "09:00:30", "09:00:00.5", "", "noon", "-01:00");
  }

  private static Arbitrary<Object> minutes() {
    return Arbitraries.of(0, -1, 1441, 100_000, "90", 90.5);
  }

  private static Arbitrary<String> links() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(40)
        .map(path -> "https://meet.example.org/" + path);
  }

  private static Arbitrary<Object> badLinks() {
    return Arbitraries.of(
        "http://meet.example.org/j/1",
        "javascript:alert(1)",
        "/j/1",
        "https://",
        "https://kim:pw@meet.example.org/",
        "https://meet.example.org/" + "j".repeat(480));
  }

  private static Payloads.Field sessionReasonCode() {
    return Payloads.reasonCode(
        "INSTRUCTOR_AVAILABILITY",
        "VENUE_AVAILABILITY",
        "PARTNER_REQUEST",
        "PRODUCTION_CALENDAR",
        "LOW_ATTENDANCE",
        "FORCE_MAJEURE",
        "OTHER");
  }

  private static Arbitrary<Object> longText() {
    return Arbitraries.of("", "   ", "x".repeat(501), "가".repeat(5_000));
  }

  private static String addValidSession(String program) {
    Services.Response added =
        services.send(
            "POST", url(program, ""), String.format(VALID_SESSION, LocalDate.now()), JSON);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.text("sessionId");
  }

  private static String url(String program, String path) {
    return services.programUrl + "/programs/" + program + "/sessions" + path;
  }

  private static long version(String program) {
    return Services.count(
        services.programDb, "SELECT version FROM program WHERE program_id = '" + program + "'");
  }

  private static long sessions(String program) {
    return Services.count(
        services.programDb,
        "SELECT count(*) FROM program_session WHERE program_id = '" + program + "'");
  }

  private static String sessionStatus(String session) {
    return Services.text(
        services.programDb,
        "SELECT status FROM program_session WHERE session_id = '" + session + "'");
  }

  private static String rule(String program) {
    return Services.text(
        services.programDb,
        "SELECT coalesce((SELECT r::text FROM program_completion_rule r WHERE program_id = '"
            + program
            + "'), 'default')");
  }

  private static long events() {
    return Services.count(services.programDb, "SELECT count(*) FROM outbox_event");
  }
}
