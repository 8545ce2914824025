package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.Payloads.field;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Enrol, withdraw, progress, completion, its override, assessment and certificate revocation with
 * random and boundary payloads and path ids: never a 5xx; a rejected request changes no row and
 * publishes nothing; an accepted one publishes exactly the events it stands for (a COMPLETED
 * outcome also its certificate's).
 */
class EnrollmentWritePropertyTest {

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.publishedProgramme();
  }

  @Property
  void enrollingIsAllOrNothing(
      @ForAll("programIds") String program, @ForAll("participantIds") String participantId) {
    String participant = "NEW".equals(participantId) ? fixtures.participant() : participantId;
    String body = participant == null ? "{}" : "{\"participantId\":" + quoted(participant) + "}";
    long enrollments = count("SELECT count(*) FROM enrollment");
    long events = events();

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
    assertThat(events()).as(body).isEqualTo(events + change);
  }

  @Property
  void withdrawingIsAllOrNothing(@ForAll("withdrawalBodies") String body) {
    Outcome outcome = sendToFreshEnrollment("POST", "/withdrawal", body);

    assertThat(status(outcome.enrollmentId()))
        .as(body)
        .isEqualTo(outcome.accepted() ? "WITHDRAWN" : "CONFIRMED");
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 : 0);
  }

  @Property
  void recordingProgressIsAllOrNothing(@ForAll("progressBodies") String body) {
    Outcome outcome = sendToFreshEnrollment("POST", "/progress", body);

    // An accepted report of zero attendance leaves the row as it was: a no-op, without an event.
    long changed = rowsWhere(outcome, "sessions_attended > 0 OR hours_attended > 0");
    assertThat(changed).as(body).isLessThanOrEqualTo(outcome.accepted() ? 1 : 0);
    assertThat(outcome.events()).as(body).isEqualTo(changed);
  }

  @Property
  void recordingCompletionIsAllOrNothing(@ForAll("completionBodies") String body) {
    Outcome outcome = sendToFreshEnrollment("PUT", "/completion", body);

    assertThat(rowsWhere(outcome, "outcome IS NOT NULL"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    // A COMPLETED outcome also issues the certificate, with its CertificateIssued, in the same
    // transaction; any other outcome issues none.
    long certificates = certificatesOf(outcome.enrollmentId());
    assertThat(certificates).as(body).isEqualTo(rowsWhere(outcome, "outcome = 'COMPLETED'"));
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 + certificates : 0);
  }

  @Property
  void revokingACertificateIsAllOrNothing(@ForAll("revocationBodies") String body) {
    String enrollmentId = fixtures.confirmedEnrollment(programId);
    Services.Response completed =
        enrollmentRequest(
            "PUT",
            enrollmentId,
            "/completion",
            "{\"outcome\":\"COMPLETED\",\"hoursCompleted\":12,\"completionDate\":\""
                + LocalDate.now().minusDays(1)
                + "\"}");
    assertThat(completed.status()).as(completed.body()).isEqualTo(200);
    String certificateId =
        Services.text(
            services.enrollmentDb,
            "SELECT certificate_id FROM certificate WHERE enrollment_id = '" + enrollmentId + "'");
    long events = events();

    Services.Response response =
        services.send(
            "POST",
            services.enrollmentUrl + "/certificates/" + certificateId + "/revocation",
            body,
            JSON);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long change = response.status() == 200 ? 1 : 0;
    assertThat(
            count(
                "SELECT count(*) FROM certificate WHERE certificate_id = '"
                    + certificateId
                    + "' AND revoked_at IS NOT NULL"))
        .as(body)
        .isEqualTo(change);
    assertThat(events() - events).as(body).isEqualTo(change);
  }

  @Property
  void overridingAnOutcomeIsAllOrNothing(@ForAll("overrideBodies") String body) {
    Outcome outcome = sendToFreshEnrollment("POST", "/completion/override", body);

    assertThat(
            rowsWhere(outcome, "outcome_basis = 'OVERRIDE' AND override_reason_code IS NOT NULL"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    // a COMPLETED override also issues the certificate
    long certificates = certificatesOf(outcome.enrollmentId());
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 + certificates : 0);
  }

  @Property
  void recordingAnAssessmentIsAllOrNothing(@ForAll("assessmentBodies") String body) {
    Outcome outcome = sendToFreshEnrollment("PUT", "/assessment", body);

    assertThat(
            count(
                "SELECT count(*) FROM assessment_entry WHERE enrollment_id = '"
                    + outcome.enrollmentId()
                    + "'"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 : 0);
  }

  private record Outcome(String enrollmentId, boolean accepted, long events) {}

  /**
   * Sends {@code body} to a new confirmed enrollment and checks what every enrollment change owes:
   * no 5xx, and no event if refused; what an accepted change owes is up to the caller.
   */
  private Outcome sendToFreshEnrollment(String method, String action, String body) {
    String enrollmentId = fixtures.confirmedEnrollment(programId);
    long events = events();

    Services.Response response = enrollmentRequest(method, enrollmentId, action, body);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    boolean accepted = response.status() == 200;
    long written = events() - events;
    if (!accepted) {
      assertThat(written).as(body).isZero();
    }
    return new Outcome(enrollmentId, accepted, written);
  }

  private static long rowsWhere(Outcome outcome, String condition) {
    return count(
        "SELECT count(*) FROM enrollment WHERE enrollment_id = '"
            + outcome.enrollmentId()
            + "' AND ("
            + condition
            + ")");
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
    Arbitrary<String> recent =
        Arbitraries.integers().between(0, 29).map(d -> LocalDate.now().minusDays(d).toString());
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
            field(
                "completionDate",
                recent,
                Arbitraries.of(
                    LocalDate.now().plusDays(1).toString(),
                    LocalDate.now().minusDays(400).toString(),
                    "2024-02-30",
                    "yesterday")),
            field(
                "certificateId",
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(100),
                Arbitraries.of("", " ", "-leading-dash", "x".repeat(101), "with space"))));
  }

  @Provide
  Arbitrary<String> overrideBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "outcome",
                Arbitraries.of("COMPLETED", "NOT_COMPLETED"),
                Arbitraries.of("completed", "", "UNKNOWN")),
            field(
                "hoursCompleted",
                Arbitraries.doubles().between(0, 2000),
                Arbitraries.of(-1, 2000.5, 1e308)),
            field("completionDate", recentDates(), impossibleDates()),
            Payloads.reasonCode(
                "MEDICAL_LEAVE",
                "MAKE_UP_WORK_ACCEPTED",
                "ASSESSMENT_APPEAL",
                "RECORDING_ERROR",
                "PARTNER_DECISION",
                "OTHER")));
  }

  @Provide
  Arbitrary<String> assessmentBodies() {
    return Payloads.bodies(
        List.of(
            field("passed", Arbitraries.of(true, false), Arbitraries.of("true", 1, "yes")),
            field("assessedOn", recentDates(), impossibleDates())));
  }

  private static Arbitrary<String> recentDates() {
    return Arbitraries.integers().between(0, 29).map(d -> LocalDate.now().minusDays(d).toString());
  }

  private static Arbitrary<String> impossibleDates() {
    return Arbitraries.of(
        LocalDate.now().plusDays(1).toString(),
        LocalDate.now().minusDays(400).toString(),
        "2024-02-30",
        "yesterday");
  }

  @Provide
  Arbitrary<String> revocationBodies() {
    return Payloads.bodies(
        List.of(
            Payloads.reasonCode(
                "ISSUED_IN_ERROR", "COMPLETION_REVISED", "MISCONDUCT", "FRAUD", "OTHER")));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(120),
        Arbitraries.of("", " ", "x".repeat(101), "00000000-0000-0000-0000-000000000000", "%00"));
  }

  private static Arbitrary<String> longText() {
    return Arbitraries.of("", "   ", "x".repeat(501), "가".repeat(5_000));
  }

  private Services.Response enrollmentRequest(
      String method, String enrollmentId, String action, String body) {
    return services.send(
        method, services.enrollmentUrl + "/enrollments/" + enrollmentId + action, body, JSON);
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

  private static long certificatesOf(String enrollmentId) {
    return count("SELECT count(*) FROM certificate WHERE enrollment_id = '" + enrollmentId + "'");
  }

  private static long events() {
    return count("SELECT count(*) FROM outbox_event");
  }
}
