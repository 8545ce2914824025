package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seats by application on two enrollment-service instances sharing one database, as a scaled-out
 * deployment runs them: applications, reviews, the proposal and its confirmation alternate between
 * the instances, and every offer is answered from many threads at once — each acceptance sent to
 * both instances at the same moment, a quarter of the offers declined so the reserve cascades.
 * Exactly the capacity ends confirmed, nobody twice, within the quotas.
 */
class OffersOnTwoInstancesSystemTest {

  private static final int SEATS = 12;
  private static final int APPLICANTS = 48;
  private static final int STUDENTS_MIN = 4;
  private static final int STUDENTS_MAX = 6;

  private static Platform platform;
  private final Http http = new Http();
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void exactlyTheCapacityIsConfirmedWhenBothInstancesTakeTheAnswers() throws Exception {
    List<String> instances = List.of(platform.enrollmentUrl, platform.secondEnrollmentUrl());
    SelectionSteps steps = new SelectionSteps(platform, http);
    Instant closes = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
    String programId =
        steps.programmeByApplication(
            SEATS,
            closes,
            List.of(SelectionSteps.typeQuota("UNIVERSITY_STUDENT", STUDENTS_MIN, STUDENTS_MAX)));

    List<Future<String>> applying = new ArrayList<>();
    for (int i = 0; i < APPLICANTS; i++) {
      String instance = instances.get(i % 2);
      String type = i % 3 == 0 ? "UNIVERSITY_STUDENT" : "INDUSTRY_WORKER";
      int score = 40 + (i * 37) % 61;
      applying.add(
          pool.submit(
              () -> {
                String id = steps.apply(instance, programId, steps.register(type, "VFX"));
                steps.shortlist(
                    instances.get(1) == instance ? instances.get(0) : instances.get(1), id, score);
                return id;
              }));
    }
    for (Future<String> f : applying) {
      f.get();
    }

    SelectionSteps.awaitClosed(closes);
    JsonNode proposal = steps.propose(instances.get(0), programId);
    steps.confirm(instances.get(1), programId, proposal.path("selectionId").asText());

    int round = 0;
    for (List<JsonNode> offered = steps.applications(instances.get(0), programId, "OFFERED");
        !offered.isEmpty();
        offered = steps.applications(instances.get(0), programId, "OFFERED")) {
      assertThat(round++).as("answer rounds").isLessThan(APPLICANTS);
      List<Future<Integer>> answers = new ArrayList<>();
      for (JsonNode offer : offered) {
        String id = offer.path("applicationId").asText();
        String code = steps.offerCode(instances.get(0), id);
        if (Math.floorMod(id.hashCode(), 4) == 0) {
          answers.add(
              pool.submit(() -> steps.answer(instances.get(1), id, "decline", code).status()));
        } else {
          for (String instance : instances) {
            answers.add(pool.submit(() -> steps.answer(instance, id, "acceptance", code).status()));
          }
        }
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get())
            .as("an answer, repeated on the other instance or not")
            .isEqualTo(200);
      }
    }

    List<JsonNode> accepted = steps.applications(instances.get(1), programId, "ACCEPTED");
    Http.Response roster = http.get(instances.get(0) + "/programs/" + programId + "/roster");
    List<String> confirmed =
        roster
            .body()
            .valueStream()
            .filter(e -> e.path("status").asText().equals("CONFIRMED"))
            .map(e -> e.path("participantId").asText())
            .toList();
    assertThat(confirmed).hasSize(SEATS);
    assertThat(new HashSet<>(confirmed)).as("nobody confirmed twice").hasSize(SEATS);
    assertThat(accepted).hasSize(SEATS);
    assertThat(accepted.stream().map(a -> a.path("participantId").asText()))
        .containsExactlyInAnyOrderElementsOf(confirmed);
    long students =
        accepted.stream()
            .filter(a -> a.path("participantType").asText().equals("UNIVERSITY_STUDENT"))
            .count();
    assertThat(students).isBetween((long) STUDENTS_MIN, (long) STUDENTS_MAX);
  }
}
