package org.crewtraining.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final DemoPlan PLAN = PlanGenerator.generate(DemoPlan.DEFAULT_SEED, 1.0, TODAY);
  static final PlanFigures FIGURES = new PlanFigures(PLAN);

  @Test
  void eightShortCoursesSeatAbout1100CrewIn2024() {
    assertThat(FIGURES.programmes(2024, Format.SHORT_COURSE)).isEqualTo(8);
    assertThat(FIGURES.enrolled(2024, Format.SHORT_COURSE)).isBetween(1050L, 1150L);
  }

  @Test
  void moreThan2400DistinctCrewAcross2022To2024() {
    assertThat(FIGURES.distinctCrew(2022, 2024)).isGreaterThan(2400);
    // returning crew are one person however many cohorts they join
    assertThat(FIGURES.distinctCrew(2022, 2024))
        .isLessThan(
            FIGURES.distinctCrew(2022, 2022)
                + FIGURES.distinctCrew(2023, 2023)
                + FIGURES.distinctCrew(2024, 2024));
    assertThat(FIGURES.distinctCompleters(2022, 2024))
        .isPositive()
        .isLessThan(FIGURES.distinctCrew(2022, 2024));
  }

  @Test
  void completionRateOf2024IsAbout87Percent() {
    assertThat(FIGURES.completionRate(2024)).isBetween(0.85, 0.89);
  }

  @Test
  void everyPartnerYearAndFormatIsCovered() {
    assertThat(PLAN.programs())
        .flatExtracting(PlannedProgram::partners)
        .contains("Netflix", "KOCCA", "KOFIC");
    assertThat(FIGURES.programmesByYearAndFormat()).containsOnlyKeys(2022, 2023, 2024, 2025);
    assertThat(PLAN.programs()).extracting(PlannedProgram::format).contains(Format.values());
  }

  @Test
  void historyHasWaitlistsWithdrawalsOneCancellationAndRunning2025Programmes() {
    assertThat(FIGURES.programmes(Ending.CANCELLED)).isEqualTo(1);
    assertThat(FIGURES.count(Fate.WITHDRAWN)).isPositive();
    assertThat(FIGURES.count(Fate.WAITLIST_RELEASED)).isPositive();
    assertThat(PLAN.programs())
        .filteredOn(p -> p.ending() == Ending.RUNNING)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.cohortYear()).isEqualTo(2025));
    assertThat(PLAN.programs())
        .filteredOn(p -> p.cohortYear() <= 2024)
        .extracting(PlannedProgram::ending)
        .doesNotContain(Ending.RUNNING);
    // Promotions: some applicants beyond the original capacity got a seat.
    assertThat(PLAN.programs())
        .anySatisfy(p -> assertThat(p.applicants().get(p.capacity()).heldSeat()).isTrue());
  }

  @Test
  void completionsFollowEnrollmentServiceRules() {
    for (PlannedProgram p : PLAN.programs()) {
      assertThat(p.startDate()).isBeforeOrEqualTo(p.endDate());
      for (PlannedEnrollment e : p.applicants()) {
        if (e.hasOutcome()) {
          assertThat(e.heldSeat()).isTrue();
          assertThat(e.completionDate()).isBetween(p.startDate(), TODAY);
          assertThat(e.hours()).isBetween(0.0, (double) p.plannedHours());
        }
        if (p.cohortYear() <= 2024 && e.heldSeat()) {
          assertThat(e.fate())
              .isIn(Fate.COMPLETED, Fate.NOT_COMPLETED, Fate.WITHDRAWN, Fate.CANCELLED);
        }
      }
    }
  }

  @Test
  void participantsFitTheAudienceAndAreClearlyFake() {
    Set<String> emails = new HashSet<>();
    for (PlannedParticipant participant : PLAN.participants()) {
      assertThat(participant.email()).endsWith("@crew-demo.example.org");
      assertThat(emails.add(participant.email())).isTrue();
    }
    for (PlannedProgram p : PLAN.programs()) {
      Set<Integer> applicants = new HashSet<>();
      for (PlannedEnrollment e : p.applicants()) {
        assertThat(p.audience().admits(PLAN.participants().get(e.participant()).type())).isTrue();
        assertThat(applicants.add(e.participant())).isTrue();
      }
    }
    // Crafts follow the track mostly, not always (a sound engineer may take a VFX course).
    long applications = 0;
    long onTrack = 0;
    for (PlannedProgram p : PLAN.programs()) {
      if (p.track() != Craft.GENERAL) {
        for (PlannedEnrollment e : p.applicants()) {
          applications++;
          onTrack += PLAN.participants().get(e.participant()).craft() == p.track() ? 1 : 0;
        }
      }
    }
    assertThat((double) onTrack / applications).isBetween(0.6, 0.95);
  }

  @Test
  void sameSeedGivesTheSamePlan() {
    assertThat(PlanGenerator.generate(DemoPlan.DEFAULT_SEED, 1.0, TODAY)).isEqualTo(PLAN);
    assertThat(PlanGenerator.generate(7, 1.0, TODAY)).isNotEqualTo(PLAN);
  }

  @Test
  void scaledPlanKeepsEveryProgrammeWithFewerParticipants() {
    DemoPlan small = PlanGenerator.generate(DemoPlan.DEFAULT_SEED, 0.02, TODAY);
    List<String> titles = PLAN.programs().stream().map(PlannedProgram::title).toList();
    assertThat(small.programs()).extracting(PlannedProgram::title).isEqualTo(titles);
    assertThat(small.participants().size()).isLessThan(PLAN.participants().size() / 10);
    assertThat(small.programs()).allSatisfy(p -> assertThat(p.applicants()).isNotEmpty());
    assertThat(new PlanFigures(small).count(Fate.COMPLETED)).isPositive();
  }

  @Test
  void coursesWorkshopsAndInternshipsRunOnSessionsWithinTheirDates() {
    Set<Format> bySessions = Set.of(Format.SHORT_COURSE, Format.WORKSHOP, Format.INTERNSHIP);
    for (PlannedProgram p : PLAN.programs()) {
      assertThat(p.runsOnSessions()).as(p.key()).isEqualTo(bySessions.contains(p.format()));
      if (!p.runsOnSessions()) {
        assertThat(p.applicants()).allSatisfy(e -> assertThat(e.marks()).isEmpty());
        continue;
      }
      assertThat(p.minAttendedPercent()).isEqualTo(80);
      assertThat(p.sessions()).hasSizeLessThanOrEqualTo(500);
      // Never more contact time than the programme was planned with.
      assertThat(p.plannedMinutes()).isBetween(1L, p.plannedHours() * 60L);
      for (PlannedSession s : p.sessions()) {
        assertThat(s.date()).isBetween(p.startDate(), p.endDate());
        assertThat(s.endTime()).isAfter(s.startTime());
        assertThat(s.contactMinutes())
            .isBetween(1, (int) Duration.between(s.startTime(), s.endTime()).toMinutes());
        assertThat(s.location() == null).isEqualTo(s.deliveryMode().equals("ONLINE"));
      }
      assertThat(p.sessions()).extracting(PlannedSession::date).isSorted();
    }
  }

  @Test
  void attendanceIsConsistentWithEachFateUnderTheRule() {
    for (PlannedProgram p : PLAN.programs()) {
      if (!p.runsOnSessions()) {
        continue;
      }
      int seatsBeforeWithdrawals = p.capacity() + p.capacityIncrease();
      for (int i = 0; i < p.applicants().size(); i++) {
        PlannedEnrollment e = p.applicants().get(i);
        String who = p.key() + " #" + i + " " + e.fate();
        Set<Integer> sessions = new HashSet<>();
        long credited = 0;
        for (SessionMark m : e.marks()) {
          assertThat(sessions.add(m.session())).as(who).isTrue();
          PlannedSession at = p.sessions().get(m.session());
          if (m.status() == SessionMark.Status.LATE) {
            assertThat(m.lateMinutes()).as(who).isBetween(1, at.contactMinutes() - 1);
          } else {
            assertThat(m.lateMinutes()).as(who).isZero();
          }
          credited +=
              switch (m.status()) {
                case PRESENT -> at.contactMinutes();
                case LATE -> at.contactMinutes() - m.lateMinutes();
                case ABSENT, EXCUSED -> 0;
              };
          // Promoted by a withdrawal: on the roster only from the withdrawals on.
          if (i >= seatsBeforeWithdrawals) {
            assertThat(m.session()).as(who).isGreaterThanOrEqualTo(p.withdrawAfterSessions());
          }
          assertThat(at.date()).as(who).isBefore(TODAY);
        }
        boolean meetsRule = credited * 100 >= p.minAttendedPercent() * p.plannedMinutes();
        assertThat(e.hours()).as(who).isEqualTo(credited / 60.0);
        switch (e.fate()) {
          case COMPLETED -> {
            // Below the rule only by an override, with its reason code.
            assertThat(meetsRule).as(who).isEqualTo(e.overrideReasonCode() == null);
            assertThat(e.completionDate()).isEqualTo(p.endDate());
          }
          case NOT_COMPLETED -> assertThat(meetsRule).as(who).isFalse();
          case WITHDRAWN ->
              assertThat(sessions)
                  .as(who)
                  .isNotEmpty()
                  .allSatisfy(s -> assertThat(s).isLessThan(p.withdrawAfterSessions()));
          case IN_PROGRESS -> assertThat(e.completionDate()).isNull();
          default -> assertThat(e.marks()).as(who).isEmpty();
        }
      }
    }
  }

  @Test
  void mostOutcomesOfTheHistoryComeFromAttendance() {
    long outcomes = FIGURES.count(Fate.COMPLETED) + FIGURES.count(Fate.NOT_COMPLETED);
    assertThat(FIGURES.outcomesByRuleAtClose()).isGreaterThan(outcomes / 2);
    assertThat(FIGURES.overrides()).isEqualTo(4);
    assertThat(FIGURES.describe()).contains("on sessions: 31 programmes");
  }

  @Test
  void eachClosedInternshipShowsOneOverride() {
    for (PlannedProgram p : PLAN.programs()) {
      long overrides = p.applicants().stream().filter(e -> e.overrideReasonCode() != null).count();
      boolean closedInternship = p.format() == Format.INTERNSHIP && p.ending() == Ending.CLOSED;
      assertThat(overrides).as(p.key()).isEqualTo(closedInternship ? 1 : 0);
    }
  }

  @Test
  void closedProgrammesOnSessionsHaveOutcomesOnBothSidesOfTheRule() {
    List<PlannedProgram> closed =
        PLAN.programs().stream()
            .filter(p -> p.runsOnSessions() && p.ending() == Ending.CLOSED)
            .toList();
    assertThat(closed).hasSizeGreaterThan(20);
    assertThat(closed)
        .allSatisfy(
            p -> {
              assertThat(p.count(Fate.COMPLETED)).isPositive();
              assertThat(p.count(Fate.NOT_COMPLETED)).isPositive();
              assertThat(p.count(Fate.IN_PROGRESS)).isZero();
            });
  }
}
