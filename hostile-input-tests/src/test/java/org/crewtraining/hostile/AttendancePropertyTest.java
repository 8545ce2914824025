package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * A session's bulk attendance with random rosters: entries for confirmed, withdrawn, foreign and
 * unknown enrolments, statuses valid and not, late minutes inside and outside the session. Never a
 * 5xx; a refused roster writes no entry and no event; an accepted one writes one entry and one
 * event per enrolment it names. A correction with random payloads writes one new history row and
 * its event, or nothing. Every try takes a fresh session of the same programme.
 */
class AttendancePropertyTest {

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;
  private static List<String> enrollmentIds;
  private static int sessionsAdded;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.publishedProgramme();
    String withdrawn = fixtures.confirmedEnrollment(programId);
    Services.Response withdrawal =
        services.send(
            "POST",
            services.enrollmentUrl + "/enrollments/" + withdrawn + "/withdrawal",
            "{}",
            JSON);
    assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
    String foreign = fixtures.confirmedEnrollment(fixtures.publishedProgramme());
    enrollmentIds =
        List.of(
            fixtures.confirmedEnrollment(programId),
            fixtures.confirmedEnrollment(programId),
            fixtures.confirmedEnrollment(programId),
            withdrawn,
            foreign,
            "enr-unknown",
            "");
  }

  @Property
  void aRosterIsRecordedWholeOrNotAtAll(@ForAll("rosters") String body) {
    String sessionId = sessionKnownToEnrollment();
    long events = events();

    Services.Response response =
        services.send(
            "POST",
            services.enrollmentUrl
                + "/programs/"
                + programId
                + "/sessions/"
                + sessionId
                + "/attendance",
            body,
            JSON);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long entries = entriesOf(sessionId);
    if (response.status() == 200) {
      assertThat(entries).as(body).isPositive();
    } else {
      assertThat(entries).as(body + " → " + response.body()).isZero();
    }
    assertThat(events() - events).as(body).isEqualTo(entries);
  }

  @Property
  void aCorrectionIsOneNewHistoryRowOrNothing(@ForAll("corrections") String body) {
    String sessionId = sessionKnownToEnrollment();
    String enrollmentId = enrollmentIds.get(0);
    String url =
        services.enrollmentUrl + "/enrollments/" + enrollmentId + "/attendance/" + sessionId;
    Services.Response taken =
        services.send(
            "POST",
            services.enrollmentUrl
                + "/programs/"
                + programId
                + "/sessions/"
                + sessionId
                + "/attendance",
            "{\"entries\":[{\"enrollmentId\":\"" + enrollmentId + "\",\"status\":\"ABSENT\"}]}",
            JSON);
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    long events = events();

    Services.Response response = services.send("PUT", url, body, JSON);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long rows = entriesOf(sessionId) - 1;
    // accepted: one new row with its event, or none for the entry as it stands (ABSENT again)
    assertThat(rows)
        .as(body + " → " + response.body())
        .isBetween(0L, response.status() == 200 ? 1L : 0L);
    assertThat(events() - events).as(body).isEqualTo(rows);
  }

  @Provide
  Arbitrary<String> corrections() {
    return Payloads.bodies(
        List.of(
            Payloads.field(
                "status",
                Arbitraries.of("PRESENT", "LATE", "ABSENT", "EXCUSED"),
                Arbitraries.of("present", "", "UNKNOWN", 1)),
            Payloads.field(
                "lateMinutes",
                Arbitraries.integers().between(1, 99),
                Arbitraries.of(0, -1, 100, 1441, "30")),
            Payloads.reasonCode(
                "ENTRY_ERROR",
                "LATE_SIGN_IN",
                "DOCUMENTED_EXCUSE",
                "DEVICE_OR_SYSTEM_ERROR",
                "OTHER")));
  }

  @Provide
  Arbitrary<String> rosters() {
    Arbitrary<String> entry =
        Combinators.combine(
                // read per try: a long hunt replaces them with a new programme's
                Arbitraries.integers().between(0, 6).map(i -> JsonText.quote(enrollmentIds.get(i))),
                Arbitraries.of("PRESENT", "LATE", "ABSENT", "EXCUSED")
                    .map(JsonText::quote)
                    .edgeCases(c -> c.add("\"present\"").add("\"\"").add("\"UNKNOWN\"").add("1")),
                Arbitraries.of("", ",\"lateMinutes\":30", ",\"lateMinutes\":1")
                    .edgeCases(
                        c ->
                            c.add(",\"lateMinutes\":0")
                                .add(",\"lateMinutes\":99")
                                .add(",\"lateMinutes\":100")
                                .add(",\"lateMinutes\":-1")
                                .add(",\"lateMinutes\":1441")
                                .add(",\"lateMinutes\":\"30\"")
                                .add(",\"lateMinutes\":null")))
            .as(
                (id, status, late) ->
                    "{\"enrollmentId\":" + id + ",\"status\":" + status + late + "}");
    return entry
        .list()
        .ofMinSize(0)
        .ofMaxSize(5)
        .map(list -> "{\"entries\":[" + String.join(",", list) + "]}");
  }

  /**
   * A new 100-minute session of the programme, once enrollment-service has consumed it. A programme
   * holds at most 500 sessions: a long hunt moves on to a new programme with the same kinds of
   * enrolment before that.
   */
  private static String sessionKnownToEnrollment() {
    if (++sessionsAdded % 450 == 0) {
      start();
    }
    String body =
        "{\"date\":\""
            + LocalDate.now().minusDays(1)
            + "\",\"startTime\":\"10:00\",\"endTime\":\"12:00\",\"contactMinutes\":100,"
            + "\"deliveryMode\":\"ONLINE\"}";
    Services.Response added =
        services.send(
            "POST", services.programUrl + "/programs/" + programId + "/sessions", body, JSON);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String sessionId = added.text("sessionId");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Services.count(
                        services.enrollmentDb,
                        "SELECT count(*) FROM program_session WHERE session_id = '"
                            + sessionId
                            + "'")
                    == 1);
    return sessionId;
  }

  private static long entriesOf(String sessionId) {
    return Services.count(
        services.enrollmentDb,
        "SELECT count(*) FROM attendance_entry WHERE session_id = '" + sessionId + "'");
  }

  private static long events() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM outbox_event");
  }
}
