package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.Ending;
import org.crewtraining.demo.plan.Fate;
import org.crewtraining.demo.plan.Format;
import org.crewtraining.demo.plan.PlanFigures;
import org.crewtraining.demo.plan.PlanGenerator;
import org.crewtraining.demo.plan.PlannedProgram;
import org.crewtraining.demo.plan.SessionMark;
import org.crewtraining.demo.run.DemoRunner;
import org.crewtraining.demo.run.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo history, scaled down, loaded through the public APIs of the real services: reporting's
 * rollups then show exactly the plan's own figures (programmes and seat holders per cohort year),
 * and a closed programme's outcomes are the completion rule's, decided from the attendance entered.
 */
class DemoHistorySystemTest {

  private static final double SCALE = 0.02;
  private static Platform platform;
  private final Http http = new Http();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void reportsShowTheFiguresOfTheLoadedHistory() {
    DemoPlan plan =
        PlanGenerator.generate(
            DemoPlan.DEFAULT_SEED, SCALE, LocalDate.now(ZoneId.of("Asia/Seoul")));
    PlanFigures figures = new PlanFigures(plan);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    DemoRunner.Outcome outcome =
        new DemoRunner(
                plan,
                RunSettings.of(platform.programUrl, platform.enrollmentUrl, "system-test"),
                new PrintStream(progress, true, StandardCharsets.UTF_8))
            .run();

    String summary = progress.toString(StandardCharsets.UTF_8);
    assertThat(outcome.exitCode()).as(summary).isZero();
    // Every enrolment's status and every outcome evaluated on demand was the plan's.
    assertThat(summary).contains(", 0 unexpected statuses");
    for (int year = 2022; year <= 2025; year++) {
      long programmes = sumOverFormats(figures, year, true);
      long enrolled = sumOverFormats(figures, year, false);
      String key = Integer.toString(year);
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                JsonNode row = rollupRow("COHORT_YEAR", key);
                assertThat(row.path("programmes").asLong())
                    .as("programmes %s", key)
                    .isEqualTo(programmes);
                assertThat(row.path("enrolled").asLong())
                    .as("enrolled %s", key)
                    .isEqualTo(enrolled);
              });
    }
    // crew over the three years, each person once however many cohorts they joined
    JsonNode crew =
        http.get(platform.reportingUrl + "/api/crew/distinct?fromYear=2022&toYear=2024").body();
    assertThat(crew.path("participants").asLong()).isEqualTo(figures.distinctCrew(2022, 2024));
    assertThat(crew.path("completers").asLong()).isEqualTo(figures.distinctCompleters(2022, 2024));
    JsonNode shortCourses2024 = rollupRow("FORMAT", "SHORT_COURSE", 2024);
    assertThat(shortCourses2024.path("programmes").asLong())
        .isEqualTo(figures.programmes(2024, Format.SHORT_COURSE))
        .isEqualTo(8);

    List<PlannedProgram> closedOnSessions =
        plan.programs().stream()
            .filter(p -> p.runsOnSessions() && p.ending() == Ending.CLOSED)
            .toList();
    assertThat(closedOnSessions).isNotEmpty();
    closedOnSessions.forEach(this::hasItsSessionsAndOutcomesByRule);
  }

  /**
   * A closed programme that runs on sessions: program-service has the plan's sessions, and
   * enrollment-service decided every seat holder's outcome from attendance at the close (basis
   * RULE), as many COMPLETED as the plan's attendance meets the rule (plus its overrides, basis
   * OVERRIDE); reporting-service shows the same entries and outcomes.
   */
  private void hasItsSessionsAndOutcomesByRule(PlannedProgram planned) {
    String programId = programId(planned, planned.title() + " [system-test]");
    JsonNode sessions =
        http.get(platform.programUrl + "/programs/" + programId + "/sessions").body();
    assertThat(sessions.path("activeSessions").asInt())
        .as(planned.key())
        .isEqualTo(planned.sessions().size());
    assertThat(sessions.path("plannedMinutes").asLong()).isEqualTo(planned.plannedMinutes());

    List<String> seatHolders = new ArrayList<>();
    for (JsonNode row :
        http.get(platform.enrollmentUrl + "/programs/" + programId + "/roster").body()) {
      seatHolders.add(row.path("enrollmentId").asText());
    }
    assertThat(seatHolders)
        .as(planned.key())
        .hasSize((int) (planned.count(Fate.COMPLETED) + planned.count(Fate.NOT_COMPLETED)));
    Map<String, Long> outcomes = new TreeMap<>();
    for (String counted : List.of("COMPLETED", "NOT_COMPLETED", "RULE", "OVERRIDE")) {
      outcomes.put(counted, 0L);
    }
    for (String enrollmentId : seatHolders) {
      JsonNode enrollment =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> http.get(platform.enrollmentUrl + "/enrollments/" + enrollmentId).body(),
                  body -> body.hasNonNull("outcome"));
      outcomes.merge(enrollment.path("outcome").asText(), 1L, Long::sum);
      outcomes.merge(enrollment.path("outcomeBasis").asText(), 1L, Long::sum);
    }
    long overrides =
        planned.applicants().stream().filter(e -> e.overrideReasonCode() != null).count();
    assertThat(outcomes)
        .as(planned.key())
        .containsEntry("RULE", seatHolders.size() - overrides)
        .containsEntry("COMPLETED", planned.count(Fate.COMPLETED))
        .containsEntry("NOT_COMPLETED", planned.count(Fate.NOT_COMPLETED))
        .containsEntry("OVERRIDE", overrides);

    // reporting-service folds the same: every roster entry, the rule's outcomes, the overrides.
    long entries = planned.applicants().stream().mapToLong(e -> e.marks().size()).sum();
    long attended =
        planned.applicants().stream()
            .flatMap(e -> e.marks().stream())
            .filter(SessionMark::attended)
            .count();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode figures =
                  http.get(platform.reportingUrl + "/api/programs/" + programId)
                      .body()
                      .path("figures");
              assertThat(figures.path("completionsByRule").asLong())
                  .as(planned.key())
                  .isEqualTo(seatHolders.size() - overrides);
              assertThat(figures.path("completionsOverridden").asLong()).isEqualTo(overrides);
              JsonNode attendance =
                  http.get(platform.reportingUrl + "/api/programs/" + programId + "/attendance")
                      .body();
              assertThat(attendance.path("plannedMinutes").asLong())
                  .isEqualTo(planned.plannedMinutes());
              assertThat(attendance.path("recorded").asLong()).as(planned.key()).isEqualTo(entries);
              assertThat(attendance.path("attended").asLong()).isEqualTo(attended);
            });
  }

  private String programId(PlannedProgram planned, String title) {
    JsonNode page =
        http.get(
                platform.programUrl
                    + "/programs?size=100&cohortYear=%d&format=%s&track=%s"
                        .formatted(planned.cohortYear(), planned.format(), planned.track()))
            .body();
    for (JsonNode item : page.path("items")) {
      if (item.path("title").asText().equals(title)) {
        return item.path("programId").asText();
      }
    }
    throw new AssertionError("no programme " + title + " in " + page);
  }

  private static long sumOverFormats(PlanFigures figures, int year, boolean programmes) {
    return Arrays.stream(Format.values())
        .mapToLong(f -> programmes ? figures.programmes(year, f) : figures.enrolled(year, f))
        .sum();
  }

  private JsonNode rollupRow(String dimension, String key) {
    return find(
        http.get(platform.reportingUrl + "/api/rollups/" + dimension + "?size=500").body(), key);
  }

  private JsonNode rollupRow(String dimension, String key, int cohortYear) {
    return find(
        http.get(
                platform.reportingUrl
                    + "/api/rollups/"
                    + dimension
                    + "?size=500&cohortYear="
                    + cohortYear)
            .body(),
        key);
  }

  private static JsonNode find(JsonNode page, String key) {
    for (JsonNode row : page.path("items")) {
      if (row.path("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no rollup row " + key + " in " + page);
  }
}
