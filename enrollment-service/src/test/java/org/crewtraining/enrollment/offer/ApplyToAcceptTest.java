package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.enrollment.offer.SelectionRunApiTest.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The whole way through the public API: apply while the window is open, review, select once it has
 * closed (the clock moved past it), read the offer's code from the application, accept with it.
 */
class ApplyToAcceptTest extends OfferIntegrationTest {

  @Test
  void anApplicantAppliesIsShortlistedSelectedAndAcceptsWithTheCodeTheOfficeSees() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String programId =
        openByApplication(
            1,
            Audience.OPEN,
            new Admission(
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)),
                List.of(ApplicationQuestion.MOTIVATION),
                List.of(),
                VALIDITY_HOURS));
    String first =
        apply(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER, CraftTrack.VFX));
    String second =
        apply(programId, registerParticipant(ParticipantType.UNIVERSITY_STUDENT, CraftTrack.SOUND));
    assertProblem(propose(programId), 409, "applications-still-open");
    assertThat(review(first, Map.of("decision", "SHORTLISTED", "score", 60)).status())
        .isEqualTo(200);
    assertThat(review(second, Map.of("decision", "SHORTLISTED", "score", 70)).status())
        .isEqualTo(200);

    clock.advance(Duration.ofHours(2));
    String stale = propose(programId).text("selectionId");
    // A review after the proposal, through the applications API, makes the proposal stale.
    assertThat(review(first, Map.of("decision", "SHORTLISTED", "score", 95)).status())
        .isEqualTo(200);
    assertProblem(confirm(programId, stale), 409, "selection-stale");
    String selectionId = select(programId);

    assertProblem(
        review(second, Map.of("decision", "SHORTLISTED", "score", 99)), 409, "selection-confirmed");
    HttpApi.Response offered = api.get("/applications/" + first);
    assertThat(offered.text("status")).isEqualTo("OFFERED");
    assertThat(offered.text("selectionId")).isEqualTo(selectionId);
    String code = offered.body().get("offer").get("offerCode").asString();
    assertThat(api.get("/applications/" + second).text("status")).isEqualTo("RESERVE");

    HttpApi.Response accepted = answer(first, "acceptance", code);

    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    HttpApi.Response application = api.get("/applications/" + first);
    assertThat(application.text("status")).isEqualTo("ACCEPTED");
    assertThat(application.text("enrollmentId")).isEqualTo(accepted.text("enrollmentId"));
    assertThat(api.get("/enrollments/" + accepted.text("enrollmentId")).text("status"))
        .isEqualTo("CONFIRMED");
    assertProblem(withdrawApplication(first), 409, "application-accepted");
  }

  @Test
  void viewersCannotReviewNorSelect() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, ParticipantType.INDUSTRY_WORKER, CraftTrack.VFX, 50);

    for (TestUser user : List.of(TestUser.VIEWER, TestUser.ADMIN)) {
      HttpApi.Response review =
          api(user)
              .put(
                  "/applications/" + a + "/review", Map.of("decision", "SHORTLISTED", "score", 90));
      assertThat(review.status()).isEqualTo(403);
      assertThat(review.contentType()).startsWith("application/problem+json");
      assertThat(api(user).post("/programs/" + programId + "/selection-runs", "{}").status())
          .isEqualTo(403);
    }

    assertThat(
            jdbc.sql("SELECT score FROM application WHERE application_id = ?")
                .param(a)
                .query(Integer.class)
                .single())
        .isEqualTo(50);
    assertThat(count("SELECT count(*) FROM selection_run WHERE program_id = ?", programId))
        .isZero();
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId)).isZero();
  }

  private String apply(String programId, String participantId) {
    HttpApi.Response response =
        api.post(
            "/programs/" + programId + "/applications",
            Map.of(
                "participantId",
                participantId,
                "answers",
                Map.of("MOTIVATION", "후반 작업 파이프라인을 배우고 싶습니다.")));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("applicationId");
  }

  private HttpApi.Response review(String applicationId, Map<String, Object> body) {
    return api.put("/applications/" + applicationId + "/review", body);
  }

  private HttpApi.Response withdrawApplication(String applicationId) {
    return api.post(
        "/applications/" + applicationId + "/withdrawal", Map.of("reasonCode", "WORK_COMMITMENT"));
  }
}
