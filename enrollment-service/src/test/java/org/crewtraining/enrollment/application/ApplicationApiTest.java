package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ApplicationRejectionReason;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/** Applying, reviewing and withdrawing: the stored rows and the events on the real topic. */
class ApplicationApiTest extends ApplicationIntegrationTest {

  @Test
  void anApplicationIsSubmittedReviewedAndWithdrawn() {
    String programId = openForApplications(Audience.OPEN);
    String student = registerParticipant(ParticipantType.UNIVERSITY_STUDENT);

    HttpApi.Response submitted = apply(programId, student, answers());

    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
    String applicationId = submitted.text("applicationId");
    assertThat(submitted.header("Location")).isEqualTo("/applications/" + applicationId);
    assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
    assertThat(submitted.text("participantType")).isEqualTo("UNIVERSITY_STUDENT");
    assertThat(submitted.body().get("answers").get("PORTFOLIO_LINK").asString())
        .isEqualTo(PORTFOLIO);
    assertThat(
            jdbc.sql(
                    "SELECT status || '/' || participant_type || '/' || craft FROM application"
                        + " WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single())
        .isEqualTo("SUBMITTED/UNIVERSITY_STUDENT/VFX");
    assertThat(
            jdbc.sql(
                    "SELECT question, answer FROM application_answer WHERE application_id = ?"
                        + " ORDER BY question")
                .param(applicationId)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2))
                .list())
        .containsExactly("MOTIVATION=" + MOTIVATION, "PORTFOLIO_LINK=" + PORTFOLIO);

    HttpApi.Response shortlisted =
        review(applicationId, Map.of("decision", "SHORTLISTED", "score", 87));
    assertThat(shortlisted.status()).as(shortlisted.raw().body()).isEqualTo(200);
    assertThat(shortlisted.text("status")).isEqualTo("SHORTLISTED");
    assertThat(shortlisted.body().get("review").get("score").asInt()).isEqualTo(87);
    assertThat(shortlisted.body().get("review").get("reviewedBy").asString())
        .isEqualTo(TestUser.OPERATOR.username());

    HttpApi.Response again = review(applicationId, Map.of("decision", "SHORTLISTED", "score", 87));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("version").asInt())
        .as("the same review again writes nothing")
        .isEqualTo(shortlisted.body().get("version").asInt());

    HttpApi.Response rejected =
        review(applicationId, Map.of("decision", "REJECTED", "reasonCode", "NOT_ELIGIBLE"));
    assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(200);
    assertThat(rejected.text("status")).isEqualTo("REJECTED");
    assertThat(rejected.body().get("review").get("score").isNull()).isTrue();
    assertThat(rejected.body().get("review").get("reasonCode").asString())
        .isEqualTo("NOT_ELIGIBLE");

    HttpApi.Response withdrawn = withdraw(applicationId, Map.of("reasonCode", "WORK_COMMITMENT"));
    assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    assertThat(api.get("/applications/" + applicationId).text("withdrawalReasonCode"))
        .isEqualTo("WORK_COMMITMENT");

    List<Published> events = published.of(programId);
    assertThat(events).extracting(Published::key).containsOnly(programId);
    assertThat(events)
        .extracting(p -> p.event().getClass().getSimpleName())
        .containsExactly(
            "ApplicationSubmitted",
            "ApplicationReviewed",
            "ApplicationReviewed",
            "ApplicationWithdrawn");
    ApplicationSubmitted applied = (ApplicationSubmitted) events.get(0).event();
    assertThat(applied.getApplicationId()).isEqualTo(applicationId);
    assertThat(applied.getParticipantId()).isEqualTo(student);
    assertThat(applied.getParticipantType())
        .isEqualTo(org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT);
    assertThat(applied.getCraft()).isEqualTo(CraftTrack.VFX);
    ApplicationReviewed first = (ApplicationReviewed) events.get(1).event();
    assertThat(first.getDecision()).isEqualTo(ReviewDecision.SHORTLISTED);
    assertThat(first.getScore()).isEqualTo(87);
    assertThat(first.getReasonCode()).isNull();
    assertThat(first.getMetadata().getActor()).isEqualTo(TestUser.OPERATOR.username());
    ApplicationReviewed second = (ApplicationReviewed) events.get(2).event();
    assertThat(second.getDecision()).isEqualTo(ReviewDecision.REJECTED);
    assertThat(second.getScore()).isNull();
    assertThat(second.getReasonCode()).isEqualTo(ApplicationRejectionReason.NOT_ELIGIBLE);
    ApplicationWithdrawn left = (ApplicationWithdrawn) events.get(3).event();
    assertThat(left.getReasonCode()).isEqualTo(WithdrawalReason.WORK_COMMITMENT);
    assertThat(left.getApplicationId()).isEqualTo(applicationId);
  }

  @Test
  void theAnswersNeverTravelInAnEvent() {
    String programId = openForApplications(Audience.OPEN);
    applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));

    assertThat(published.raw(programId))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              String bytes = new String(r.value(), StandardCharsets.UTF_8);
              assertThat(bytes).doesNotContain(MOTIVATION).doesNotContain(PORTFOLIO);
            });
  }

  @Test
  void aProgrammesApplicationsListInSubmissionOrderByStatus() {
    String programId = openForApplications(Audience.OPEN);
    String first = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    String second = applied(programId, registerParticipant(ParticipantType.UNIVERSITY_STUDENT));
    String third = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(review(second, Map.of("decision", "SHORTLISTED", "score", 40)).status())
        .isEqualTo(200);
    assertThat(review(third, Map.of("decision", "SHORTLISTED", "score", 90)).status())
        .isEqualTo(200);

    HttpApi.Response all = api.get("/programs/" + programId + "/applications");
    HttpApi.Response shortlisted =
        api.get("/programs/" + programId + "/applications?status=SHORTLISTED");

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().findValuesAsString("applicationId"))
        .containsExactly(first, second, third);
    assertThat(all.body().get(0).get("answers").get("MOTIVATION").asString()).isEqualTo(MOTIVATION);
    assertThat(shortlisted.body().findValuesAsString("applicationId"))
        .containsExactly(second, third);
    assertInvalidField(
        api.get("/programs/" + programId + "/applications?status=ADMITTED"), "status");
    assertProblem(api.get("/programs/prg-missing/applications"), 404, "not-found");
  }

  @Test
  void anIdempotencyKeyAppliesOnceAndKeepsNoAnswers() {
    String programId = openForApplications(Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String key = "apply-" + participant;
    Map<String, Object> body = Map.of("participantId", participant, "answers", answers());

    HttpApi.Response first =
        api.post("/programs/" + programId + "/applications", body, "Idempotency-Key", key);
    HttpApi.Response retry =
        api.post("/programs/" + programId + "/applications", body, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.text("applicationId")).isEqualTo(first.text("applicationId"));
    assertThat(retry.body().get("answers").get("MOTIVATION").asString()).isEqualTo(MOTIVATION);
    assertThat(applicationRows(programId)).isEqualTo(1);
    assertThat(published.of(programId)).hasSize(1);
    assertThat(
            count(
                "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?"
                    + " AND response_json LIKE ?",
                key,
                "%" + first.text("applicationId") + "%"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?"
                    + " AND response_json LIKE ?",
                key,
                "%" + PORTFOLIO + "%"))
        .as("the personal answers are not copied into the idempotency table")
        .isZero();
  }
}
