package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 across the three services: a programme that selects by application is set up in
 * program-service; in enrollment-service crew and students apply within the window, registrars
 * review, a selection run fills three seats by score within a student quota, and applicants answer
 * their offers with their codes, without an account. A declined student seat goes to the next
 * student of the reserve, ahead of a better-scored industry worker, because the quota's minimum
 * would otherwise be unmet. reporting-service folds the same story.
 */
class ApplicationToSeatSystemTest {

  private static Platform platform;
  private final Http http = new Http();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void applyReviewSelectByQuotaOfferDeclineReserveAccept() {
    SelectionSteps steps = new SelectionSteps(platform, http);
    String enrollment = platform.enrollmentUrl;
    Instant closes = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
    String programId =
        steps.programmeByApplication(
            3, closes, List.of(SelectionSteps.typeQuota("UNIVERSITY_STUDENT", 1, 2)));

    String worker1 = steps.apply(enrollment, programId, steps.register("INDUSTRY_WORKER", "VFX"));
    String worker2 =
        steps.apply(enrollment, programId, steps.register("INDUSTRY_WORKER", "EDITING"));
    String worker3 = steps.apply(enrollment, programId, steps.register("INDUSTRY_WORKER", "SOUND"));
    String student1 =
        steps.apply(enrollment, programId, steps.register("UNIVERSITY_STUDENT", "VFX"));
    String student2 =
        steps.apply(enrollment, programId, steps.register("UNIVERSITY_STUDENT", "DIRECTING"));
    String rejected =
        steps.apply(enrollment, programId, steps.register("INDUSTRY_WORKER", "OTHER"));

    Http.Response direct =
        http.post(
            enrollment + "/programs/" + programId + "/enrollments",
            Map.of("participantId", steps.register("INDUSTRY_WORKER", "VFX")));
    assertThat(direct.status()).isEqualTo(409);
    assertThat(direct.body().path("code").asText()).isEqualTo("programme-selects-by-application");

    steps.shortlist(enrollment, worker1, 90);
    steps.shortlist(enrollment, worker2, 80);
    steps.shortlist(enrollment, worker3, 70);
    steps.shortlist(enrollment, student1, 60);
    steps.shortlist(enrollment, student2, 50);
    steps.review(
        enrollment, rejected, Map.of("decision", "REJECTED", "reasonCode", "NOT_ELIGIBLE"));

    SelectionSteps.awaitClosed(closes);
    JsonNode proposal = steps.propose(enrollment, programId);
    assertThat(SelectionSteps.ids(proposal.path("offers")))
        .containsExactlyInAnyOrder(student1, worker1, worker2);
    assertThat(SelectionSteps.ids(proposal.path("reserve"))).containsExactly(worker3, student2);
    steps.confirm(enrollment, programId, proposal.path("selectionId").asText());

    String code1 = steps.offerCode(enrollment, worker1);
    Http.Response someoneElses = steps.answer(enrollment, worker2, "acceptance", code1);
    assertThat(someoneElses.status()).isEqualTo(403);
    assertThat(someoneElses.body().path("code").asText()).isEqualTo("offer-code-invalid");

    assertThat(steps.answer(enrollment, worker1, "acceptance", code1).status()).isEqualTo(200);
    assertThat(
            steps
                .answer(enrollment, student1, "decline", steps.offerCode(enrollment, student1))
                .status())
        .isEqualTo(200);
    // the student minimum is unmet again: the reserve's student, not the better-scored worker
    assertThat(steps.application(enrollment, student2).path("status").asText())
        .isEqualTo("OFFERED");
    assertThat(steps.application(enrollment, worker3).path("status").asText()).isEqualTo("RESERVE");
    for (String accepting : List.of(student2, worker2)) {
      String code = steps.offerCode(enrollment, accepting);
      assertThat(steps.answer(enrollment, accepting, "acceptance", code).status()).isEqualTo(200);
    }

    Http.Response roster = http.get(enrollment + "/programs/" + programId + "/roster");
    assertThat(roster.status()).isEqualTo(200);
    assertThat(roster.body().valueStream().map(e -> e.path("status").asText()).toList())
        .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED");

    // reporting folds the same story: six applications, three offers by selection and one from
    // the reserve, three accepted, one declined; the student minimum met by the reserve's student
    await()
        .atMost(PlatformSteps.PROPAGATION)
        .untilAsserted(
            () -> {
              JsonNode selection =
                  http.get(platform.reportingUrl + "/api/programs/" + programId + "/selection")
                      .body();
              JsonNode figures = selection.path("figures");
              assertThat(selection.path("admissionMode").asText()).isEqualTo("APPLICATION");
              assertThat(figures.path("submitted").asLong()).isEqualTo(6);
              assertThat(figures.path("shortlisted").asLong()).isEqualTo(5);
              assertThat(figures.path("rejected").asLong()).isEqualTo(1);
              assertThat(figures.path("offersBySelection").asLong()).isEqualTo(3);
              assertThat(figures.path("offersFromReserve").asLong()).isEqualTo(1);
              assertThat(figures.path("offersAccepted").asLong()).isEqualTo(3);
              assertThat(figures.path("offersDeclined").asLong()).isEqualTo(1);
              assertThat(figures.path("selectionRate").asDouble()).isEqualTo(0.6667);
              assertThat(figures.path("offerAcceptanceRate").asDouble()).isEqualTo(0.75);
              JsonNode studentQuota = selection.path("quotas").get(0);
              assertThat(studentQuota.path("participantType").asText())
                  .isEqualTo("UNIVERSITY_STUDENT");
              assertThat(studentQuota.path("confirmed").asLong()).isEqualTo(1);
              assertThat(studentQuota.path("minimumMet").asBoolean()).isTrue();
              assertThat(
                      http.get(platform.reportingUrl + "/api/programs/" + programId)
                          .body()
                          .path("figures")
                          .path("confirmed")
                          .asLong())
                  .isEqualTo(3);
            });
  }
}
