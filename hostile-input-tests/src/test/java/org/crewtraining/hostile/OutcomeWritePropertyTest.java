package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.FreshEnrollment.impossibleDates;
import static org.crewtraining.hostile.FreshEnrollment.recentDates;
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
 * An outcome's override, an assessment and a certificate's revocation with random and boundary
 * payloads: never a 5xx; a rejected request changes no row and publishes nothing; an accepted one
 * publishes exactly the events it stands for (a COMPLETED override also its certificate's).
 */
class OutcomeWritePropertyTest {

  private static Services services;
  private static Fixtures fixtures;
  private static FreshEnrollment fresh;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    fresh = new FreshEnrollment(services, fixtures, fixtures.publishedProgramme());
  }

  @Property
  void revokingACertificateIsAllOrNothing(@ForAll("revocationBodies") String body) {
    String enrollmentId = fixtures.confirmedEnrollment(fresh.programId());
    Services.Response completed =
        fresh.request(
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
    long events = fresh.events();

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
            fresh.count(
                "SELECT count(*) FROM certificate WHERE certificate_id = '"
                    + certificateId
                    + "' AND revoked_at IS NOT NULL"))
        .as(body)
        .isEqualTo(change);
    assertThat(fresh.events() - events).as(body).isEqualTo(change);
  }

  @Property
  void overridingAnOutcomeIsAllOrNothing(@ForAll("overrideBodies") String body) {
    FreshEnrollment.Outcome outcome = fresh.send("POST", "/completion/override", body);

    assertThat(
            fresh.rowsWhere(
                outcome, "outcome_basis = 'OVERRIDE' AND override_reason_code IS NOT NULL"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    // a COMPLETED override also issues the certificate
    long certificates = fresh.certificatesOf(outcome.enrollmentId());
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 + certificates : 0);
  }

  @Property
  void recordingAnAssessmentIsAllOrNothing(@ForAll("assessmentBodies") String body) {
    FreshEnrollment.Outcome outcome = fresh.send("PUT", "/assessment", body);

    assertThat(
            fresh.count(
                "SELECT count(*) FROM assessment_entry WHERE enrollment_id = '"
                    + outcome.enrollmentId()
                    + "'"))
        .as(body)
        .isEqualTo(outcome.accepted() ? 1 : 0);
    assertThat(outcome.events()).as(body).isEqualTo(outcome.accepted() ? 1 : 0);
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

  @Provide
  Arbitrary<String> revocationBodies() {
    return Payloads.bodies(
        List.of(
            Payloads.reasonCode(
                "ISSUED_IN_ERROR", "COMPLETION_REVISED", "MISCONDUCT", "FRAUD", "OTHER")));
  }
}
