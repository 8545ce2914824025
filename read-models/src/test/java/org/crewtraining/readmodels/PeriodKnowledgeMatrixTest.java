package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.programs.ProgramCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business period × knowledge time over {@link PeriodScenario}'s one event sequence: each row of
 * the table is a report (which programmes, as known when) and its figures, worked out by hand from
 * the scenario's table. Hours: per enrollment its outcome's hours (rA 40, vA 10, rB 40, rC 30, tC
 * 30, uD 16, wD 4), 0 before an outcome. Participants: distinct people who held a seat (r counts
 * once in A, B and C); completers: distinct people with a completed enrollment.
 */
class PeriodKnowledgeMatrixTest {

  private static final String X = "p";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # report                                      | period                         | known at | events | programmes | enrolled | completed | not completed | hours | participants | completers
          2024 cohort at year end: rC done only in 2025 | years 2024..2024               | year-end | 16     | B C D      | 5        | 2         | 0             | 70    | 4            | 2
          2024 cohort as known now                      | years 2024..2024               | now      | 20     | B C D      | 6        | 4         | 1             | 120   | 5            | 3
          2023-2024 mid-2024: no C, D; rB not done yet  | years 2023..2024               | mid-2024 | 9      | A B        | 4        | 1         | 1             | 50    | 3            | 1
          2024 cohort as known mid-2024                 | years 2024..2024               | mid-2024 | 9      | B          | 2        | 0         | 0             | 0     | 2            | 0
          ending in 2024 as known now: not D (2025)     | ends 2024-01-01..2024-12-31    | now      | 20     | B C        | 4        | 3         | 0             | 100   | 3            | 2
          ending in 2024 as known at year end           | ends 2024-01-01..2024-12-31    | year-end | 16     | B C        | 4        | 2         | 0             | 70    | 3            | 2
          2024 cohort ending from 2025 as known now     | years 2024..2024; ends 2025-01-01.. | now | 20     | D          | 2        | 1         | 1             | 20    | 2            | 1
          2023 cohort as known now                      | years 2023..2023               | now      | 20     | A          | 2        | 1         | 1             | 50    | 2            | 1
          everything as known now                       | all                            | now      | 20     | A B C D    | 8        | 5         | 2             | 170   | 6            | 3
          everything as known at year end 2024          | all                            | year-end | 16     | A B C D    | 7        | 3         | 1             | 120   | 5            | 2
          from 2025 (no programme) as known now         | years 2025..                   | now      | 20     | -          | 0        | 0         | 0             | 0     | 0            | 0
          everything before the first event             | all                            | 2023-01-01T00:00:00Z | 0 | - | 0     | 0         | 0             | 0     | 0            | 0
          """)
  void eachCellHasItsHandComputedFigures(
      String report,
      String period,
      String knownAt,
      long events,
      String programmes,
      long enrolled,
      long completed,
      long notCompleted,
      double hours,
      long participants,
      long completers) {
    ReportPeriod reportPeriod = period(period);
    Instant asOf = instant(knownAt);
    AsOfReport result = report(reportPeriod, asOf, CrewFilter.ANY);

    assertThat(result.asOf()).isEqualTo(asOf);
    assertThat(result.period()).isEqualTo(reportPeriod);
    assertThat(result.events()).isEqualTo(events);
    List<String> ids = ids(programmes);
    assertThat(result.programs())
        .extracting(ProgramSummary::programId)
        .containsExactlyElementsOf(ids);
    Figures overall = result.overall();
    assertThat(List.of(overall.enrolled(), overall.completed(), overall.notCompleted()))
        .containsExactly(enrolled, completed, notCompleted);
    assertThat(overall.trainingHours()).isEqualTo(hours);
    assertThat(List.of(result.crew().participants(), result.crew().completers()))
        .containsExactly(participants, completers);
    // Attendance and rollups are over the same programmes.
    assertThat(result.attendance().programs())
        .extracting(AttendanceOverview.Programme::programId)
        .containsExactlyElementsOf(ids);
    assertThat(result.rollups().get(Dimension.FORMAT).stream().mapToLong(RollupRow::enrolled).sum())
        .isEqualTo(enrolled);
  }

  @Test
  void rollupsOfTwoCohortsCountEachCohortsCrewOnceAndTheShortCoursesOf2024() {
    AsOfReport result = report(ReportPeriod.years(2023, 2024), Instant.now(), CrewFilter.ANY);

    // 2023: A (r, v); 2024: B, C, D (r, s, t, u, w) — r is in both, once in each.
    assertThat(result.rollups().get(Dimension.COHORT_YEAR))
        .extracting(RollupRow::key, RollupRow::programmes, RollupRow::crew, RollupRow::completed)
        .containsExactly(tuple("2023", 1L, 2L, 1L), tuple("2024", 3L, 5L, 4L));
    AsOfReport cohort2024 = report(ReportPeriod.years(2024, 2024), Instant.now(), CrewFilter.ANY);
    // Short courses B, C (r, s, t: four enrollments, three people); the workshop D (u, w).
    assertThat(cohort2024.rollups().get(Dimension.FORMAT))
        .extracting(RollupRow::key, RollupRow::programmes, RollupRow::crew, RollupRow::enrolled)
        .containsExactly(tuple("SHORT_COURSE", 2L, 3L, 4L), tuple("WORKSHOP", 1L, 2L, 2L));
    assertThat(result.crew().participants()).isEqualTo(6); // r, v, s, t, u, w
  }

  @Test
  void theCrewFiltersYearsFollowABoundedPeriodItsOtherPartsStay() {
    CrewFilter shortCourses2022 = new CrewFilter(2022, 2022, null, "SHORT_COURSE", null, null);

    DistinctCrew in2024 =
        report(ReportPeriod.years(2024, 2024), Instant.now(), shortCourses2022).crew();
    assertThat(in2024)
        .isEqualTo(
            new DistinctCrew(new CrewFilter(2024, 2024, null, "SHORT_COURSE", null, null), 3, 2));
    // Without a period the filter is taken as it is: no 2022 programme here.
    assertThat(report(ReportPeriod.ALL, Instant.now(), shortCourses2022).crew())
        .isEqualTo(new DistinctCrew(shortCourses2022, 0, 0));
    // A period of end dates only: the crew is the period's, whatever years the filter had.
    DistinctCrew ending2024 =
        report(
                ReportPeriod.endingBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Instant.now(),
                shortCourses2022)
            .crew();
    assertThat(List.of(ending2024.participants(), ending2024.completers())).containsExactly(3L, 2L);
  }

  @Test
  void aPeriodKeepsOnlyItsProgrammesSessionsAndApplications() {
    List<SpecificRecord> events =
        new java.util.ArrayList<>(SessionScenario.all("sessions")); // a 2024 short course
    events.addAll(SelectionScenario.all("selection")); // two 2025 programmes, one with applications
    ReportingState all = ProjectionFold.fold(events);

    ReportingState in2024 = ReportPeriod.years(2024, 2024).restrict(all);
    assertThat(in2024.programs()).containsOnlyKeys(SessionScenario.program("sessions"));
    assertThat(in2024.programs().get(SessionScenario.program("sessions")).sessions()).hasSize(3);
    assertThat(in2024.applications()).isEmpty();
    assertThat(ReadModels.selection(in2024).overall().submitted()).isZero();
    assertThat(ReadModels.attendance(in2024))
        .isEqualTo(ReadModels.attendance(ProjectionFold.fold(SessionScenario.all("sessions"))));

    ReportingState in2025 = ReportPeriod.years(2025, 2025).restrict(all);
    assertThat(in2025.enrollments().values())
        .allMatch(e -> !e.programId().equals(SessionScenario.program("sessions")));
    assertThat(ReadModels.selection(in2025))
        .isEqualTo(ReadModels.selection(ProjectionFold.fold(SelectionScenario.all("selection"))));
    assertThat(ReadModels.attendance(in2025).recorded()).isZero();
  }

  @Test
  void aProgrammeNotCreatedYetIsOnlyInTheWholeReport() {
    ReportingState stubs =
        ProjectionFold.fold(events().stream().filter(e -> !(e instanceof ProgramCreated)).toList());

    assertThat(ReportPeriod.ALL.restrict(stubs).enrollments()).hasSize(8);
    assertThat(ReportPeriod.years(2024, 2024).restrict(stubs).enrollments()).isEmpty();
    assertThat(
            ReportPeriod.endingBetween(null, LocalDate.of(2100, 1, 1)).restrict(stubs).programs())
        .isEmpty();
  }

  static AsOfReport report(ReportPeriod period, Instant asOf, CrewFilter crew) {
    Replay replay = Replay.asOf(asOf);
    events().forEach(replay::accept);
    return replay.report(period, crew);
  }

  static List<SpecificRecord> events() {
    return PeriodScenario.events(X, 0);
  }

  private static List<String> ids(String programmes) {
    return programmes.equals("-")
        ? List.of()
        : Arrays.stream(programmes.split(" ")).map(p -> X + "-" + p).toList();
  }

  private static Instant instant(String knownAt) {
    return switch (knownAt) {
      case "year-end" -> PeriodScenario.YEAR_END_2024;
      case "mid-2024" -> PeriodScenario.MID_2024;
      case "now" -> Instant.now();
      default -> Instant.parse(knownAt);
    };
  }

  /** "all", or "years A..B" and/or "ends D1..D2" (either end may be left open), "; "-separated. */
  private static ReportPeriod period(String text) {
    Integer fromYear = null;
    Integer toYear = null;
    LocalDate from = null;
    LocalDate to = null;
    if (!text.equals("all")) {
      for (String part : text.split("; ")) {
        String[] range = part.substring(part.indexOf(' ') + 1).split("\\.\\.", -1);
        if (part.startsWith("years ")) {
          fromYear = range[0].isEmpty() ? null : Integer.valueOf(range[0]);
          toYear = range[1].isEmpty() ? null : Integer.valueOf(range[1]);
        } else {
          from = range[0].isEmpty() ? null : LocalDate.parse(range[0]);
          to = range[1].isEmpty() ? null : LocalDate.parse(range[1]);
        }
      }
    }
    return new ReportPeriod(fromYear, toYear, from, to);
  }
}
