package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * Sends a hostile body to a new confirmed enrolment of one programme and checks what every
 * enrolment change owes: no 5xx, and no event if refused; what an accepted change owes is up to the
 * property.
 */
final class FreshEnrollment {

  /** What one request did: whether it was accepted and how many events it wrote. */
  record Outcome(String enrollmentId, boolean accepted, long events) {}

  private final Services services;
  private final Fixtures fixtures;
  private final String programId;

  FreshEnrollment(Services services, Fixtures fixtures, String programId) {
    this.services = services;
    this.fixtures = fixtures;
    this.programId = programId;
  }

  String programId() {
    return programId;
  }

  Outcome send(String method, String action, String body) {
    String enrollmentId = fixtures.confirmedEnrollment(programId);
    long events = events();

    Services.Response response = request(method, enrollmentId, action, body);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    boolean accepted = response.status() == 200;
    long written = events() - events;
    if (!accepted) {
      assertThat(written).as(body).isZero();
    }
    return new Outcome(enrollmentId, accepted, written);
  }

  Services.Response request(String method, String enrollmentId, String action, String body) {
    return services.send(
        method, services.enrollmentUrl + "/enrollments/" + enrollmentId + action, body, JSON);
  }

  /** The outcome's enrolment row, if it meets the SQL condition: 1, else 0. */
  long rowsWhere(Outcome outcome, String condition) {
    return count(
        "SELECT count(*) FROM enrollment WHERE enrollment_id = '"
            + outcome.enrollmentId()
            + "' AND ("
            + condition
            + ")");
  }

  long certificatesOf(String enrollmentId) {
    return count("SELECT count(*) FROM certificate WHERE enrollment_id = '" + enrollmentId + "'");
  }

  long count(String sql) {
    return Services.count(services.enrollmentDb, sql);
  }

  long events() {
    return count("SELECT count(*) FROM outbox_event");
  }

  /** Dates of the last 30 days, which outcomes and assessments may carry. */
  static Arbitrary<String> recentDates() {
    return Arbitraries.integers().between(0, 29).map(d -> LocalDate.now().minusDays(d).toString());
  }

  /** Tomorrow, more than a year ago, a day that does not exist, a word. */
  static Arbitrary<String> impossibleDates() {
    return Arbitraries.of(
        LocalDate.now().plusDays(1).toString(),
        LocalDate.now().minusDays(400).toString(),
        "2024-02-30",
        "yesterday");
  }
}
