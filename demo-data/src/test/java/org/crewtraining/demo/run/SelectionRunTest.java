package org.crewtraining.demo.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.demo.run.DemoRunnerTest.SMALL;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.demo.plan.OfferAnswer;
import org.crewtraining.demo.plan.PlannedApplication;
import org.crewtraining.demo.plan.PlannedQuota;
import org.crewtraining.demo.plan.PlannedSelection;
import org.crewtraining.demo.plan.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The runner against {@link FakeServices} for next year's programmes that select by application:
 * the admission before publishing, the planned applications and reviews, the selection only once
 * the window closed, and every offer answered as planned with its own code, without login.
 */
class SelectionRunTest {

  static FakeServices fake;
  static RunStats stats;
  static Instant started;

  @BeforeAll
  static void runTheSmallPlan() {
    fake = new FakeServices();
    started = Instant.now();
    DemoRunner runner =
        new DemoRunner(
            SMALL,
            DemoRunnerTest.settings(fake, ""),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(runner.run()).isEqualTo(DemoRunner.Outcome.SEEDED);
    stats = runner.stats();
    fake.close();
  }

  @Test
  void stepsArriveInTheirOrder() {
    assertThat(steps(residency()))
        .containsExactly(
            "admission", "publish", "apply", "review", "selection-run", "confirmation", "answer");
    // The lab's window stays open: no selection yet.
    assertThat(steps(lab())).containsExactly("admission", "publish", "apply", "review");
    // Nothing refused: every application inside the window, the selection only after its close.
    assertThat(fake.selections.refused.get()).isZero();
  }

  @Test
  void theAdmissionIsThePlannedOneWithAWindowAroundTheRun() {
    for (PlannedSelection s : SMALL.selections()) {
      String programId = programId(s);
      JsonNode admission = fake.selections.admissions.get(programId);
      assertThat(admission.path("mode").asString()).isEqualTo("APPLICATION");
      List<String> questions = new ArrayList<>();
      admission.path("questions").forEach(q -> questions.add(q.asString()));
      assertThat(questions).isEqualTo(s.questions().stream().map(Question::name).toList());
      List<PlannedQuota> quotas = new ArrayList<>();
      for (JsonNode q : admission.path("quotas")) {
        quotas.add(
            new PlannedQuota(
                q.has("participantType")
                    ? org.crewtraining.demo.plan.ParticipantType.valueOf(
                        q.path("participantType").asString())
                    : null,
                q.has("craft")
                    ? org.crewtraining.demo.plan.Craft.valueOf(q.path("craft").asString())
                    : null,
                q.path("minSeats").asInt(),
                q.path("maxSeats").asInt()));
      }
      assertThat(quotas).isEqualTo(s.quotas());
      assertThat(admission.path("offerValidityHours").asInt()).isEqualTo(s.offerValidityHours());
      Instant opens = instant(admission, "applicationsOpenAt");
      Instant closes = instant(admission, "applicationsCloseAt");
      Instant set = fake.selections.admittedAt.get(programId);
      assertThat(admission.path("applicationsCloseAt").asString()).endsWith("+09:00");
      assertThat(Duration.between(opens, set))
          .isBetween(Duration.ofDays(7), Duration.ofDays(7).plusSeconds(2));
      assertThat(Duration.between(set, closes))
          .isBetween(
              s.selectsDuringRun() ? Duration.ofSeconds(1) : Duration.ofDays(30).minusSeconds(2),
              s.selectsDuringRun() ? Duration.ofSeconds(3) : Duration.ofDays(30));
    }
  }

  @Test
  void everyPlannedApplicationAndReviewIsSentAsPlanned() {
    for (PlannedSelection s : SMALL.selections()) {
      List<FakeSelections.App> sent = fake.selections.applications(programId(s));
      assertThat(sent).hasSameSizeAs(s.applications());
      for (int i = 0; i < sent.size(); i++) {
        PlannedApplication planned = s.applications().get(i);
        Map<String, String> answers = new LinkedHashMap<>();
        sent.get(i)
            .answers
            .properties()
            .forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
        Map<String, String> expected = new LinkedHashMap<>();
        planned.answers().forEach((q, text) -> expected.put(q.name(), text));
        assertThat(answers).containsExactlyEntriesOf(expected);
        JsonNode review = sent.get(i).review;
        if (planned.review() == null) {
          assertThat(review).isNull();
        } else {
          assertThat(review.path("decision").asString())
              .isEqualTo(planned.review().decision().name());
          assertThat(review.has("score")).isEqualTo(planned.review().score() != null);
          assertThat(review.path("score").asInt()).isEqualTo(orZero(planned.review().score()));
          assertThat(review.has("reasonCode")).isEqualTo(planned.review().reasonCode() != null);
        }
      }
    }
    assertThat(stats.applications())
        .isEqualTo(SMALL.selections().stream().mapToLong(s -> s.applications().size()).sum());
    assertThat(stats.reviews())
        .isEqualTo(
            SMALL.selections().stream()
                .mapToLong(s -> s.count(PlannedApplication::reviewed))
                .sum());
  }

  @Test
  void offersAreAnsweredAsPlannedWithTheirOwnCodesUntilNoNewOfferComes() {
    PlannedSelection residency = SMALL.selections().get(0);
    List<FakeSelections.App> sent = fake.selections.applications(programId(residency));
    long offered = 0;
    for (int i = 0; i < sent.size(); i++) {
      OfferAnswer planned = residency.applications().get(i).answer();
      String status = sent.get(i).status;
      switch (status) {
        case "ACCEPTED" -> assertThat(planned).isEqualTo(OfferAnswer.ACCEPT);
        case "DECLINED" -> assertThat(planned).isEqualTo(OfferAnswer.DECLINE);
        // Never answered: left for enrollment-service to release when it expires.
        case "OFFERED" -> assertThat(planned).isEqualTo(OfferAnswer.NONE);
        default -> assertThat(status).isIn("RESERVE", "REJECTED");
      }
      offered += sent.get(i).offerCode != null ? 1 : 0;
    }
    // Each answer shows, the silent offer among them; a decline offered the seat to the reserve,
    // and that offer was answered in a later round.
    assertThat(sent).extracting(a -> a.status).contains("ACCEPTED", "DECLINED", "OFFERED");
    assertThat(fake.selections.reserveOffers.get()).isPositive();
    assertThat(offered)
        .isEqualTo(residency.programme().capacity() + fake.selections.reserveOffers.get());
    assertThat(stats.offersAnswered())
        .isEqualTo(sent.stream().filter(a -> a.status.matches("ACCEPTED|DECLINED")).count());
    assertThat(stats.offersDeclined()).isEqualTo(fake.selections.reserveOffers.get());
    assertThat(fake.selections.wrongCodes.get()).isZero();
    assertThat(fake.selections.signedInAnswers.get()).isZero();
    assertThat(stats.unexpected()).isZero();
  }

  private static PlannedSelection residency() {
    return SMALL.selections().get(0);
  }

  private static PlannedSelection lab() {
    return SMALL.selections().get(1);
  }

  /** The steps of a programme, consecutive repeats folded into one. */
  private static List<String> steps(PlannedSelection s) {
    List<String> folded = new ArrayList<>();
    for (String step : fake.selections.steps.get(programId(s))) {
      if (folded.isEmpty() || !folded.get(folded.size() - 1).equals(step)) {
        folded.add(step);
      }
    }
    return folded;
  }

  private static String programId(PlannedSelection s) {
    return fake.titles.entrySet().stream()
        .filter(e -> e.getValue().equals(s.programme().title()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static Instant instant(JsonNode admission, String field) {
    return OffsetDateTime.parse(admission.path(field).asString()).toInstant();
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
