package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.crewtraining.events.programs.ProgramCreated;
import org.junit.jupiter.api.Test;

/** Distinct crew over periods and filters: {@link CrewScenario}'s events in, these counts out. */
class DistinctCrewFoldTest {

  private static final String X = "crew";
  private static final String AGENCY = CrewScenario.agency(X);
  private final ReportingState state = ProjectionFold.fold(CrewScenario.events(X));

  private DistinctCrew count(CrewFilter filter) {
    return DistinctCrew.of(state, filter);
  }

  private static CrewFilter agency() {
    return new CrewFilter(null, null, AGENCY, null, null, null);
  }

  @Test
  void aReturningParticipantCountsOnceAcrossYears() {
    // Per year r, s | r | r, u: 5 seats-by-year, but 3 people (t never held a seat).
    assertThat(count(agency().years(2022, 2024)))
        .isEqualTo(new DistinctCrew(agency().years(2022, 2024), 3, 2));
    assertThat(count(agency().years(2022, 2022)).participants()).isEqualTo(2);
    assertThat(count(agency().years(2023, 2023)).participants()).isEqualTo(1);
    assertThat(count(agency().years(2024, 2024)).participants()).isEqualTo(2);
  }

  @Test
  void everythingWithoutFiltersAndOpenEndedYears() {
    assertThat(count(CrewFilter.ANY).participants()).isEqualTo(4); // r, s, u, v
    assertThat(count(CrewFilter.ANY).completers()).isEqualTo(3); // r, u, v
    assertThat(count(agency().years(2024, null)))
        .isEqualTo(new DistinctCrew(agency().years(2024, null), 3, 2)); // r, u, v | u, v
    assertThat(count(agency().years(null, 2022)))
        .isEqualTo(new DistinctCrew(agency().years(null, 2022), 2, 1)); // r, s | r
  }

  @Test
  void aCompleterCountsOnlyWhereTheMatchingEnrollmentWasCompleted() {
    // r did not complete C (SOUND), u did.
    CrewFilter sound = new CrewFilter(null, null, null, null, "SOUND", null);
    assertThat(count(sound)).isEqualTo(new DistinctCrew(sound, 2, 1));
  }

  @Test
  void partnerFormatAndParticipantType() {
    CrewFilter other = new CrewFilter(null, null, CrewScenario.other(X), null, null, null);
    assertThat(count(other)).isEqualTo(new DistinctCrew(other, 2, 1)); // A: r, s | r
    CrewFilter shortCourses = new CrewFilter(null, null, AGENCY, "SHORT_COURSE", null, null);
    assertThat(count(shortCourses)).isEqualTo(new DistinctCrew(shortCourses, 3, 2)); // r, s, v
    CrewFilter students =
        new CrewFilter(2022, 2024, AGENCY, null, null, "UNIVERSITY_STUDENT"); // r, u | r, u
    assertThat(count(students)).isEqualTo(new DistinctCrew(students, 2, 2));
    CrewFilter workers = new CrewFilter(2022, 2024, AGENCY, null, null, "INDUSTRY_WORKER");
    assertThat(count(workers)).isEqualTo(new DistinctCrew(workers, 1, 0)); // s; t waitlist only
    CrewFilter nobody = new CrewFilter(2022, 2024, "Nobody", null, null, null);
    assertThat(count(nobody)).isEqualTo(new DistinctCrew(nobody, 0, 0));
  }

  @Test
  void enrollmentsOfAProgrammeNotCreatedYetMatchOnlyWithoutProgrammeFilters() {
    ReportingState early =
        ProjectionFold.fold(
            CrewScenario.events(X).stream().filter(e -> !(e instanceof ProgramCreated)).toList());
    assertThat(DistinctCrew.of(early, CrewFilter.ANY).participants()).isEqualTo(4);
    CrewFilter students = new CrewFilter(null, null, null, null, null, "UNIVERSITY_STUDENT");
    assertThat(DistinctCrew.of(early, students).participants()).isEqualTo(2);
    assertThat(DistinctCrew.of(early, agency().years(2022, 2024)).participants()).isZero();
  }

  @Test
  void theAsOfReportCarriesTheDistinctCrewOfItsFilter() {
    AsOfReport all = AsOfReport.of(Instant.EPOCH, 0, state);
    assertThat(all.crew()).isEqualTo(new DistinctCrew(CrewFilter.ANY, 4, 3));
    AsOfReport period = AsOfReport.of(Instant.EPOCH, 0, state, agency().years(2022, 2024));
    assertThat(period.crew().participants()).isEqualTo(3);
  }
}
