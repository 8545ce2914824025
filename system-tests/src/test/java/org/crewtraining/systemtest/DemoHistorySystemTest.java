package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.Format;
import org.crewtraining.demo.plan.PlanFigures;
import org.crewtraining.demo.plan.PlanGenerator;
import org.crewtraining.demo.run.DemoRunner;
import org.crewtraining.demo.run.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo history, scaled down, loaded through the public APIs of the real services: reporting's
 * rollups then show exactly the plan's own figures (programmes and seat holders per cohort year).
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

    assertThat(outcome.exitCode()).as(progress.toString(StandardCharsets.UTF_8)).isZero();
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
    JsonNode shortCourses2024 = rollupRow("FORMAT", "SHORT_COURSE", 2024);
    assertThat(shortCourses2024.path("programmes").asLong())
        .isEqualTo(figures.programmes(2024, Format.SHORT_COURSE))
        .isEqualTo(8);
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
