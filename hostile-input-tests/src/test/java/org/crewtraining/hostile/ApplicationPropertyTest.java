package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

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

/**
 * Applications and reviews with random payloads: answers missing, extra, too long, of the wrong
 * type, links that are not https; participants unknown or already applied; decisions, scores and
 * reason codes inside and outside their ranges. Never a 5xx; an accepted application is one row,
 * its answers and one event, a refused one nothing; a review or a withdrawal is one event with its
 * row change, or nothing.
 */
class ApplicationPropertyTest {

  private static final String FRESH = "$FRESH";
  private static final String APPLIED = "$APPLIED";

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;
  private static String appliedParticipant;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.programmeByApplication();
    appliedParticipant = fixtures.participant();
    Services.Response applied = apply(validApplication(appliedParticipant));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
  }

  @Property
  void anApplicationIsWholeOrNotAtAll(@ForAll("applications") String template) {
    String body =
        template.replace(FRESH, fixtures.participant()).replace(APPLIED, appliedParticipant);
    long applications = applicationRows();
    long answers = answers();
    long events = events();

    Services.Response response = apply(body);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long written = applicationRows() - applications;
    assertThat(written)
        .as(body + " → " + response.body())
        .isEqualTo(response.status() == 201 ? 1 : 0);
    assertThat(answers() - answers).as(body).isEqualTo(written * 2);
    assertThat(events() - events).as(body).isEqualTo(written);
  }

  @Property
  void aReviewIsOneEventOrNothing(@ForAll("reviews") String body) {
    Services.Response applied = apply(validApplication(fixtures.participant()));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    String applicationId = applied.text("applicationId");
    String before = row(applicationId);
    long events = events();

    Services.Response response =
        services.send(
            "PUT",
            services.enrollmentUrl + "/applications/" + applicationId + "/review",
            body,
            JSON);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long written = events() - events;
    assertThat(written)
        .as(body + " → " + response.body())
        .isEqualTo(response.status() == 200 ? 1 : 0);
    assertThat(!row(applicationId).equals(before)).as(body).isEqualTo(written == 1);
  }

  @Property
  void aWithdrawalIsOneEventOrNothing(@ForAll("withdrawals") String body) {
    String applicationId = apply(validApplication(fixtures.participant())).text("applicationId");
    long events = events();

    Services.Response response =
        services.send(
            "POST",
            services.enrollmentUrl + "/applications/" + applicationId + "/withdrawal",
            body,
            JSON);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long written = events() - events;
    assertThat(written)
        .as(body + " → " + response.body())
        .isEqualTo(response.status() == 200 ? 1 : 0);
    assertThat(status(applicationId)).as(body).isEqualTo(written == 1 ? "WITHDRAWN" : "SUBMITTED");
  }

  @Provide
  Arbitrary<String> withdrawals() {
    return Payloads.bodies(
        List.of(
            Payloads.reasonCode(
                "SCHEDULE_CONFLICT",
                "WORK_COMMITMENT",
                "HEALTH",
                "PERSONAL",
                "PROGRAMME_CHANGED",
                "OTHER")));
  }

  @Provide
  Arbitrary<String> applications() {
    Map<String, Object> valid =
        answers("Compositing for series is my next step.", "https://portfolio.example.org/a");
    return Payloads.bodies(
        List.of(
            Payloads.field(
                "participantId",
                Arbitraries.just(FRESH),
                Arbitraries.of(APPLIED, "ptc-unknown", "", " " + FRESH)),
            Payloads.field(
                "answers",
                Arbitraries.just(valid),
                Arbitraries.of(
                    Map.of("MOTIVATION", "Only one answer"),
                    withExtra(valid, "CAREER_GOAL", "Not asked"),
                    withExtra(valid, "motivation", "lower case"),
                    answers("x".repeat(2001), "https://portfolio.example.org/a"),
                    answers("", "https://portfolio.example.org/a"),
                    answers("Fine", "http://portfolio.example.org/a"),
                    answers("Fine", "javascript:alert(1)"),
                    answers("Fine", "https://" + "p".repeat(500) + ".example.org"),
                    answers("Fine", "not a link"),
                    Map.of(),
                    List.of("MOTIVATION")))));
  }

  /** Shortlists (decision and score), rejections (decision and reason code) and mixtures. */
  @Provide
  Arbitrary<String> reviews() {
    Payloads.Field score =
        Payloads.field(
            "score", Arbitraries.integers().between(0, 100), Arbitraries.of(-1, 101, 50.5, "80"));
    Payloads.Field reason =
        Payloads.reasonCode(
            "NOT_ELIGIBLE",
            "INCOMPLETE_APPLICATION",
            "INSUFFICIENT_EXPERIENCE",
            "OUTSIDE_PROGRAMME_FOCUS",
            "SCHEDULE_MISMATCH",
            "OTHER");
    Arbitrary<Object> nearMisses = Arbitraries.of("UNSPECIFIED", "shortlisted", "", "ACCEPTED");
    return Arbitraries.oneOf(
        Payloads.bodies(
            List.of(
                Payloads.field("decision", Arbitraries.just("SHORTLISTED"), nearMisses), score)),
        Payloads.bodies(
            List.of(Payloads.field("decision", Arbitraries.just("REJECTED"), nearMisses), reason)),
        Payloads.bodies(
            List.of(
                Payloads.field("decision", Arbitraries.of("SHORTLISTED", "REJECTED"), nearMisses),
                score,
                reason)));
  }

  private static Map<String, Object> answers(String motivation, String link) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("MOTIVATION", motivation);
    answers.put("PORTFOLIO_LINK", link);
    return answers;
  }

  private static Map<String, Object> withExtra(
      Map<String, Object> answers, String key, String value) {
    Map<String, Object> more = new LinkedHashMap<>(answers);
    more.put(key, value);
    return more;
  }

  private static String validApplication(String participantId) {
    return "{\"participantId\":\""
        + participantId
        + "\",\"answers\":{\"MOTIVATION\":\"Grading for streaming series.\","
        + "\"PORTFOLIO_LINK\":\"https://portfolio.example.org/p\"}}";
  }

  private static Services.Response apply(String body) {
    return services.send(
        "POST", services.enrollmentUrl + "/programs/" + programId + "/applications", body, JSON);
  }

  private static String row(String applicationId) {
    return Services.row(
            services.enrollmentDb,
            "SELECT coalesce(md5(a::text), '') FROM application a WHERE application_id = '"
                + applicationId
                + "'")
        .get(0);
  }

  private static String status(String applicationId) {
    return Services.text(
        services.enrollmentDb,
        "SELECT status FROM application WHERE application_id = '" + applicationId + "'");
  }

  private static long applicationRows() {
    return Services.count(
        services.enrollmentDb,
        "SELECT count(*) FROM application WHERE program_id = '" + programId + "'");
  }

  private static long answers() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM application_answer");
  }

  private static long events() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM outbox_event");
  }
}
