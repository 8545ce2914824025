package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.FreshEnrollment.impossibleDates;
import static org.crewtraining.hostile.FreshEnrollment.recentDates;
import static org.crewtraining.hostile.Payloads.field;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Enrol, withdraw, progress and completion with random and boundary payloads and path ids: never a
 * 5xx; a rejected request changes no row and publishes nothing; an accepted one publishes exactly
 * the events it stands for (a COMPLETED outcome also its certificate's). Overrides, assessments and
 * revocations: {@link OutcomeWritePropertyTest}.
 */
class EnrollmentWritePropertyTest {

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;
  private static FreshEnrollment fresh;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.publishedProgramme();
    fresh = new FreshEnrollment(services, fixtures, programId);
  }

  @Property
  void enrollingIsAllOrNothing(
      @ForAll("programIds") String program, @ForAll("participantIds") String participantId) {
    String participant = "NEW".equals(participantId) ? fixtures.participant() : participantId;
    String body = participant == null ? "{}" : "{\"participantId\":" + quoted(participant) + "}";
    long enrollments = count("SELECT count(*) FROM enrollment");
    long events = fresh.events();

    Services.Response response =
        services.send(
            "POST",
            services.enrollmentUrl + "/programs/" + pathSegment(program) + "/enrollments",
            body,
            JSON);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long change = response.status() == 201 ? 1 : 0;
    assertThat(count("SELECT count(*) FROM enrollment")).as(body).isEqualTo(enrollments + change);
    assertThat(fresh.events()).as(body).isEqualTo(events + change);
  }

  @Property
  void withdrawingIsAllOrNothing(@ForAll("withdrawalBodies") String body) {
    FreshEnrollment.Outcome outcome = fresh.send("POST", "/withdrawal", body);

    assertThat(status(outcome.enrollmentId()))
        .as(body)
        .isEqualTo(outcome.accepted() ? "WITHDRAWN" : "CONFIRMED");
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 : 0);
  }

  @Property
  void recordingProgressIsAllOrNothing(@ForAll("progressBodies") String body) {
    FreshEnrollment.Outcome outcome = fresh.send("POST", "/progress", body);

    // An accepted report of zero attendance leaves the row as it was: a no-op, without an event.
    long changed = fresh.rowsWhere(outcome, "sessions_attended > 0 OR hours_attended > 0");
    assertThat(changed).as(body).isLessThanOrEqualTo(outcome.accepted() ? 1 : 0);
    assertThat(outcome.events()).as(body).isEqualTo(changed);
  }

  @Property
  void recordingCompletionIsAllOrNothing(@ForAll("completionBodies") String body) {
    FreshEnrollment.Outcome outcome = fresh.send("PUT", "/completion", body);

    assertThat(fresh.rowsWhere(outcome, "outcome IS NOT NULL"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    // A COMPLETED outcome also issues the certificate, with its CertificateIssued, in the same
    // transaction; any other outcome issues none.
    long certificates = fresh.certificatesOf(outcome.enrollmentId());
    assertThat(certificates).as(body).isEqualTo(fresh.rowsWhere(outcome, "outcome = 'COMPLETED'"));
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 + certificates : 0);
  }

  @Provide
  Arbitrary<String> programIds() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just("TARGET")), net.jqwik.api.Tuple.of(1, ids()));
  }

  @Provide
  Arbitrary<String> participantIds() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.just("NEW")),
        net.jqwik.api.Tuple.of(2, ids()),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
  }

  @Provide
  Arbitrary<String> withdrawalBodies() {
    return Payloads.bodies(
        List.of(
            Payloads.reasonCode(
                "SCHEDULE_CONFLICT",
                "WORK_COMMITMENT",
                "HEALTH",
                "PERSONAL",
                "PROGRAMME_CHANGED",
                "OTHER"),
            field("note", Arbitraries.strings().ofMaxLength(500), longText()),
            field("reason", Payloads.absent(), Payloads.absent())));
  }

  @Provide
  Arbitrary<String> progressBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "sessionsAttended",
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(-1, 1001, Integer.MAX_VALUE)),
            field(
                "hoursAttended",
                Arbitraries.doubles().between(0, 2000),
                Arbitraries.of(-0.5, 2000.01, 1e308, Double.MIN_VALUE))));
  }

  @Provide
  Arbitrary<String> completionBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "outcome",
                Arbitraries.of("COMPLETED", "NOT_COMPLETED"),
                Arbitraries.of("completed", "", "PASSED")),
            field(
                "hoursCompleted",
                Arbitraries.doubles().between(0, 2000),
                Arbitraries.of(-1, 2000.5, 1e308)),
            field("completionDate", recentDates(), impossibleDates()),
            field(
                "certificateId",
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(100),
                Arbitraries.of("", " ", "-leading-dash", "x".repeat(101), "with space"))));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(120),
        Arbitraries.of("", " ", "x".repeat(101), "00000000-0000-0000-0000-000000000000", "%00"));
  }

  private static Arbitrary<String> longText() {
    return Arbitraries.of("", "   ", "x".repeat(501), "가".repeat(5_000));
  }

  private static String pathSegment(String program) {
    String id = "TARGET".equals(program) ? programId : program;
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String quoted(String value) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
  }

  private static String status(String enrollmentId) {
    return Services.text(
        services.enrollmentDb,
        "SELECT status FROM enrollment WHERE enrollment_id = '" + enrollmentId + "'");
  }

  private static long count(String sql) {
    return Services.count(services.enrollmentDb, sql);
  }
}
