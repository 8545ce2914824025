package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * Refused requests answer problem+json naming the field or code, write nothing, publish nothing.
 */
class ApplicationRejectionTest extends ApplicationIntegrationTest {

  @Test
  void onlyInsideTheWindow() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String future =
        byApplication(Audience.OPEN, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
    String past =
        byApplication(
            Audience.OPEN, now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1)));
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    assertProblem(apply(future, participant, answers()), 409, "applications-not-open");
    assertProblem(apply(past, participant, answers()), 409, "applications-closed");
    assertNothingWritten(future);
    assertNothingWritten(past);
  }

  @Test
  void aFirstComeProgrammeTakesNoApplications() {
    String programId = openProgramme(10, Audience.OPEN);

    assertProblem(
        apply(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER), answers()),
        409,
        "programme-not-by-application");
    assertThat(applicationRows(programId)).isZero();
    assertThat(outboxEvents(programId)).isZero();
  }

  @Test
  void aProgrammeThatSelectsByApplicationTakesNoDirectEnrolment() {
    String programId = openForApplications(Audience.OPEN);

    assertProblem(
        enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)),
        409,
        "programme-selects-by-application");
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId)).isZero();
    assertNothingWritten(programId);
  }

  @Test
  void aCancelledProgrammeIsNotOpen() {
    String programId = openForApplications(Audience.OPEN);
    sendProgramEvent(
        new ProgramCancelled(
            programServiceMetadata(),
            programId,
            "",
            ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE));

    assertProblem(
        apply(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER), answers()),
        409,
        "program-not-open");
    assertNothingWritten(programId);
  }

  @Test
  void theAudienceMustAdmitTheApplicant() {
    String programId = openForApplications(Audience.INDUSTRY_WORKER);

    assertProblem(
        apply(programId, registerParticipant(ParticipantType.UNIVERSITY_STUDENT), answers()),
        409,
        "audience-not-admitted");
    assertNothingWritten(programId);
  }

  @Test
  void aParticipantAppliesOnceEvenAfterWithdrawing() {
    String programId = openForApplications(Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String first = applied(programId, participant);

    HttpApi.Response twice = apply(programId, participant, answers());
    assertProblem(twice, 409, "already-applied");
    assertThat(twice.text("applicationId")).isEqualTo(first);
    assertThat(withdraw(first, "").status()).isEqualTo(200);
    HttpApi.Response afterWithdrawal = apply(programId, participant, answers());
    assertProblem(afterWithdrawal, 409, "already-applied");
    assertThat(afterWithdrawal.text("applicationId")).isEqualTo(first);

    assertThat(applicationRows(programId)).isEqualTo(1);
    assertThat(outboxEvents(programId)).isEqualTo(2); // submitted, withdrawn (UNSPECIFIED)
  }

  @Test
  void answersAreCheckedByKindAndNamed() {
    String programId = openForApplications(Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    assertInvalidField(
        apply(programId, participant, Map.of("MOTIVATION", MOTIVATION)), "answers.PORTFOLIO_LINK");
    assertInvalidField(
        apply(
            programId,
            participant,
            Map.of("MOTIVATION", MOTIVATION, "PORTFOLIO_LINK", "http://portfolio.example.kr")),
        "answers.PORTFOLIO_LINK");
    Map<String, String> extra = new HashMap<>(answers());
    extra.put("CAREER_GOAL", "감독");
    assertInvalidField(apply(programId, participant, extra), "answers.CAREER_GOAL");
    Map<String, String> tooLong = new HashMap<>(answers());
    tooLong.put("MOTIVATION", "가".repeat(AnswerRules.MAX_TEXT + 1));
    assertInvalidField(apply(programId, participant, tooLong), "answers.MOTIVATION");
    assertInvalidField(
        api.post("/programs/" + programId + "/applications", Map.of("participantId", participant)),
        "answers");
    assertInvalidField(
        api.post("/programs/" + programId + "/applications", Map.of("answers", answers())),
        "participantId");
    assertNothingWritten(programId);
  }

  @Test
  void withdrawnTwiceIsRefused() {
    String programId = openForApplications(Audience.OPEN);
    String applicationId = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(withdraw(applicationId, Map.of("reasonCode", "HEALTH")).status()).isEqualTo(200);

    assertProblem(
        withdraw(applicationId, Map.of("reasonCode", "PERSONAL")), 409, "application-withdrawn");
    assertProblem(
        review(applicationId, Map.of("decision", "SHORTLISTED", "score", 50)),
        409,
        "application-withdrawn");
    assertInvalidField(withdraw(applicationId, Map.of("reasonCode", "UNSPECIFIED")), "reasonCode");

    assertThat(outboxEvents(programId)).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT withdrawal_reason FROM application WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single())
        .isEqualTo("HEALTH");
  }

  @Test
  void aReviewNamesWhatItLacks() {
    String programId = openForApplications(Audience.OPEN);
    String applicationId = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));

    assertInvalidField(review(applicationId, Map.of("decision", "SHORTLISTED")), "score");
    assertInvalidField(
        review(applicationId, Map.of("decision", "SHORTLISTED", "score", 101)), "score");
    assertInvalidField(
        review(
            applicationId,
            Map.of("decision", "SHORTLISTED", "score", 80, "reasonCode", "NOT_ELIGIBLE")),
        "reasonCode");
    assertInvalidField(review(applicationId, Map.of("decision", "REJECTED")), "reasonCode");
    assertInvalidField(
        review(applicationId, Map.of("decision", "REJECTED", "score", 10, "reasonCode", "OTHER")),
        "score");
    assertInvalidField(
        review(applicationId, Map.of("decision", "UNSPECIFIED", "score", 10)), "decision");
    assertProblem(
        review("app-missing", Map.of("decision", "SHORTLISTED", "score", 10)), 404, "not-found");

    assertStillSubmitted(applicationId);
    assertThat(outboxEvents(programId)).isEqualTo(1);
  }

  @Test
  void onlyRegistrarsReview() {
    String programId = openForApplications(Audience.OPEN);
    String applicationId = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    Map<String, Object> shortlist = Map.of("decision", "SHORTLISTED", "score", 70);

    for (TestUser user : new TestUser[] {TestUser.VIEWER, TestUser.ADMIN}) {
      HttpApi.Response refused =
          api(user).put("/applications/" + applicationId + "/review", shortlist);
      assertThat(refused.status()).as(user.name()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertStillSubmitted(applicationId);
    assertThat(outboxEvents(programId)).isEqualTo(1);
    assertThat(
            api(TestUser.REGISTRAR)
                .put("/applications/" + applicationId + "/review", shortlist)
                .status())
        .isEqualTo(200);
  }

  @Test
  void noReviewOnceTheSelectionIsConfirmed() {
    String programId = openForApplications(Audience.OPEN);
    String applicationId = applied(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    jdbc.sql(
            "INSERT INTO selection_run (selection_id, program_id, status, proposal, input_digest,"
                + " proposed_at, confirmed_at) VALUES (?, ?, 'CONFIRMED', '{}'::jsonb, 'test',"
                + " now(), now())")
        .params("sel-" + UUID.randomUUID(), programId)
        .update();

    assertProblem(
        review(applicationId, Map.of("decision", "SHORTLISTED", "score", 70)),
        409,
        "selection-confirmed");

    assertStillSubmitted(applicationId);
    assertThat(outboxEvents(programId)).isEqualTo(1);
  }

  private void assertStillSubmitted(String applicationId) {
    assertThat(
            jdbc.sql(
                    "SELECT status || '/' || version || '/' || (reviewed_at IS NULL)"
                        + " FROM application WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single())
        .isEqualTo("SUBMITTED/0/true");
  }

  /**
   * The events the programme's changes appended (what the relay publishes, as the happy paths
   * show).
   */
  private long outboxEvents(String programId) {
    return count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);
  }

  private void assertNothingWritten(String programId) {
    assertThat(applicationRows(programId)).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM application_answer a JOIN application p"
                    + " USING (application_id) WHERE p.program_id = ?",
                programId))
        .isZero();
    assertThat(outboxEvents(programId)).isZero();
  }
}
