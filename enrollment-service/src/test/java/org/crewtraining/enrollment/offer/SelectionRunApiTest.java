package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.enrollment.participant.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.enrollment.participant.ParticipantType.UNIVERSITY_STUDENT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Proposing and confirming a selection over real HTTP, PostgreSQL and Kafka. */
class SelectionRunApiTest extends OfferIntegrationTest {

  @Test
  void aProposalExplainsItselfAndOffersNothingUntilConfirmed() {
    String programId =
        closedForApplications(3, typeQuota(ParticipantType.UNIVERSITY_STUDENT, 1, 3));
    String w1 = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 95);
    String w2 = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.SOUND, 90);
    String w3 = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 85);
    String s1 = shortlisted(programId, UNIVERSITY_STUDENT, CraftTrack.EDITING, 40);
    String s2 = shortlisted(programId, UNIVERSITY_STUDENT, CraftTrack.VFX, 30);

    HttpApi.Response proposed = propose(programId);

    assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
    String selectionId = proposed.text("selectionId");
    assertThat(proposed.header("Location"))
        .isEqualTo("/programs/" + programId + "/selection-runs/" + selectionId);
    assertThat(proposed.text("status")).isEqualTo("PROPOSED");
    assertThat(proposed.body().get("seats").asInt()).isEqualTo(3);
    assertThat(offers(proposed.body()))
        .containsExactly(
            w1 + " rank 1 rank",
            w2 + " rank 2 rank",
            s1 + " rank 4 minSeats of participantType UNIVERSITY_STUDENT");
    assertThat(
            proposed
                .body()
                .get("reserve")
                .valueStream()
                .map(r -> r.get("applicationId").asString()))
        .containsExactly(w3, s2);
    assertThat(proposed.body().get("quotas").get(0).get("offered").asInt()).isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM application WHERE program_id = ? AND status = 'SHORTLISTED'",
                programId))
        .as("nothing offered yet")
        .isEqualTo(5);
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .as("no event for a proposal")
        .isZero();
    assertThat(api.get("/programs/" + programId + "/selection-runs/" + selectionId).body())
        .isEqualTo(proposed.body());

    HttpApi.Response confirmed = confirm(programId, selectionId);

    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
    assertThat(statuses(w1, w2, s1, w3, s2))
        .containsExactly("OFFERED", "OFFERED", "OFFERED", "RESERVE", "RESERVE");
    assertThat(
            jdbc.sql(
                    "SELECT application_id FROM application WHERE program_id = ?"
                        + " AND status = 'RESERVE' ORDER BY reserve_rank")
                .param(programId)
                .query(String.class)
                .list())
        .containsExactly(w3, s2);
    for (String offered : List.of(w1, w2, s1)) {
      assertThat(code(offered))
          .hasSize(OfferCodes.LENGTH)
          .matches("[" + OfferCodes.ALPHABET + "]+");
    }
    assertThat(code(w1)).isNotEqualTo(code(w2));

    List<SpecificRecord> events = published.of(programId).stream().map(Published::event).toList();
    assertThat(events).hasSize(4);
    SelectionConfirmed selection = (SelectionConfirmed) events.get(0);
    assertThat(selection.getSelectionId()).isEqualTo(selectionId);
    assertThat(selection.getOfferedApplicationIds()).containsExactly(w1, w2, s1);
    assertThat(selection.getReserveApplicationIds()).containsExactly(w3, s2);
    assertThat(selection.getMetadata().getActor()).isEqualTo(TestUser.OPERATOR.username());
    List<SeatOffered> offers = events.subList(1, 4).stream().map(SeatOffered.class::cast).toList();
    assertThat(offers.stream().map(SeatOffered::getApplicationId)).containsExactly(w1, w2, s1);
    for (SeatOffered offer : offers) {
      assertThat(offer.getBasis()).isEqualTo(OfferBasis.SELECTION);
      assertThat(offer.getSelectionId()).isEqualTo(selectionId);
      assertThat(offer.getMetadata().getCausationId())
          .isEqualTo(selection.getMetadata().getEventId().toString());
      Instant offeredAt =
          jdbc.sql("SELECT offered_at FROM application WHERE application_id = ?")
              .param(offer.getApplicationId())
              .query(java.sql.Timestamp.class)
              .single()
              .toInstant();
      assertThat(Duration.between(offeredAt, offer.getExpiresAt()))
          .isBetween(
              Duration.ofHours(VALIDITY_HOURS).minusMillis(1), Duration.ofHours(VALIDITY_HOURS));
    }
    assertThat(offers.get(2).getParticipantType()).isEqualTo(ParticipantType.UNIVERSITY_STUDENT);
    assertThat(offers.get(2).getCraft()).isEqualTo(CraftTrack.EDITING);
  }

  @Test
  void aProposalIsStaleOnceAnApplicationChangedAndConfirmingItWritesNothing() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    String b = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 60);
    String selectionId = propose(programId).text("selectionId");
    // A review moved b above a after the proposal (as the review endpoint writes it).
    jdbc.sql("UPDATE application SET score = 90, version = version + 1 WHERE application_id = ?")
        .param(b)
        .update();

    HttpApi.Response stale = confirm(programId, selectionId);

    assertProblem(stale, 409, "selection-stale");
    assertThat(statuses(a, b)).containsExactly("SHORTLISTED", "SHORTLISTED");
    assertThat(runStatus(selectionId)).isEqualTo("PROPOSED");
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId)).isZero();

    String fresh = propose(programId).text("selectionId");
    assertThat(confirm(programId, fresh).status()).isEqualTo(200);
    assertThat(statuses(a, b)).containsExactly("RESERVE", "OFFERED");
    assertThat(runStatus(selectionId)).as("older proposals end discarded").isEqualTo("DISCARDED");
  }

  @Test
  void aSecondSelectionIsRefusedOnceOneIsConfirmed() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 60);
    String first = propose(programId).text("selectionId");
    String second = propose(programId).text("selectionId");
    assertThat(confirm(programId, first).status()).isEqualTo(200);
    long events = count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);

    assertProblem(confirm(programId, second), 409, "selection-confirmed");
    assertProblem(confirm(programId, first), 409, "selection-confirmed");
    assertProblem(propose(programId), 409, "selection-confirmed");

    assertThat(count("SELECT count(*) FROM selection_run WHERE program_id = ?", programId))
        .isEqualTo(2);
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .isEqualTo(events);
    assertThat(status(a)).isEqualTo("OFFERED");
  }

  @Test
  void anIdempotencyKeyProposesAndConfirmsOnceAndAnswersTheRetryAgain() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 60);
    String runs = "/programs/" + programId + "/selection-runs";

    HttpApi.Response proposed = api.post(runs, Map.of(), "Idempotency-Key", "propose-" + a);
    HttpApi.Response proposedAgain = api.post(runs, Map.of(), "Idempotency-Key", "propose-" + a);

    assertThat(proposedAgain.status()).isEqualTo(201);
    assertThat(proposedAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(proposedAgain.text("selectionId")).isEqualTo(proposed.text("selectionId"));
    assertThat(count("SELECT count(*) FROM selection_run WHERE program_id = ?", programId))
        .isEqualTo(1);

    String confirmation = runs + "/" + proposed.text("selectionId") + "/confirmation";
    HttpApi.Response confirmed =
        api.post(confirmation, Map.of(), "Idempotency-Key", "confirm-" + a);
    long events = count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);
    HttpApi.Response retried = api.post(confirmation, Map.of(), "Idempotency-Key", "confirm-" + a);

    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    assertThat(retried.status()).as(retried.raw().body()).isEqualTo(200);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.text("status")).isEqualTo("CONFIRMED");
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .isEqualTo(events);
    assertProblem(api.post(confirmation, Map.of()), 409, "selection-confirmed");
    assertProblem(
        api.post(confirmation, Map.of(), "Idempotency-Key", "another-" + a),
        409,
        "selection-confirmed");
    assertThat(status(a)).isEqualTo("OFFERED");
  }

  @Test
  void noSelectionWhileApplicationsAreOpenOrForAFirstComeProgramme() {
    Instant now = Instant.now();
    String open =
        openByApplication(
            5,
            Audience.OPEN,
            new Admission(
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                List.of(ApplicationQuestion.MOTIVATION),
                List.of(),
                24));
    String firstCome = openProgramme(5, Audience.OPEN);

    assertProblem(propose(open), 409, "applications-still-open");
    assertProblem(propose(firstCome), 409, "programme-not-by-application");
    assertProblem(propose("prg-" + java.util.UUID.randomUUID()), 404, "not-found");

    assertThat(
            count("SELECT count(*) FROM selection_run WHERE program_id IN (?, ?)", open, firstCome))
        .isZero();
  }

  @Test
  void viewersAndProgrammeAdminsCannotSelect() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    String selectionId = propose(programId).text("selectionId");

    for (TestUser user : List.of(TestUser.VIEWER, TestUser.ADMIN, TestUser.AUDITOR)) {
      assertThat(api(user).post("/programs/" + programId + "/selection-runs", "{}").status())
          .isEqualTo(403);
      HttpApi.Response refused =
          api(user)
              .post(
                  "/programs/" + programId + "/selection-runs/" + selectionId + "/confirmation",
                  "{}");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    assertThat(count("SELECT count(*) FROM selection_run WHERE program_id = ?", programId))
        .isEqualTo(1);
    assertThat(status(a)).isEqualTo("SHORTLISTED");
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId)).isZero();
  }

  private static List<String> offers(JsonNode run) {
    return run.get("offers")
        .valueStream()
        .map(
            o ->
                o.get("applicationId").asString()
                    + " rank "
                    + o.get("rank").asInt()
                    + " "
                    + o.get("reason").asString())
        .toList();
  }

  private List<String> statuses(String... applicationIds) {
    return java.util.Arrays.stream(applicationIds).map(this::status).toList();
  }

  private String runStatus(String selectionId) {
    return jdbc.sql("SELECT status FROM selection_run WHERE selection_id = ?")
        .param(selectionId)
        .query(String.class)
        .single();
  }

  static void assertProblem(HttpApi.Response response, int status, String code) {
    assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("code")).isEqualTo(code);
  }
}
