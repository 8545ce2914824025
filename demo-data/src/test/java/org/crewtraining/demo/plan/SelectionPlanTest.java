package org.crewtraining.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.demo.plan.DemoPlanTest.PLAN;
import static org.crewtraining.demo.plan.DemoPlanTest.TODAY;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Next year's programmes that select by application, drawn after the 2022-2025 history. */
class SelectionPlanTest {

  static final DemoPlan SMALL = PlanGenerator.generate(DemoPlan.DEFAULT_SEED, 0.02, TODAY);

  @Test
  void theHistoryKeepsItsFiguresAndItsPeople() {
    // The README's figures of the history before selections were added: drawing them last, from
    // people the history has, leaves every one of them as it was.
    PlanFigures figures = new PlanFigures(PLAN);
    assertThat(PLAN.programs()).hasSize(39);
    assertThat(PLAN.participants()).hasSize(3767);
    assertThat(figures.applications()).isEqualTo(4208);
    assertThat(figures.enrolled(2024, Format.SHORT_COURSE)).isEqualTo(1088);
    assertThat(figures.distinctCrew(2022, 2024)).isEqualTo(2769);
    assertThat(figures.distinctCompleters(2022, 2024)).isEqualTo(2401);
    assertThat(figures.attendanceEntries()).isEqualTo(51616);
    assertThat(figures.count(Fate.COMPLETED)).isEqualTo(3160);
  }

  @Test
  void aResidencyThatSelectsDuringTheRunAndALabMidReview() {
    assertThat(PLAN.selections()).hasSize(2);
    PlannedSelection residency = PLAN.selections().get(0);
    PlannedSelection lab = PLAN.selections().get(1);
    for (PlannedSelection s : PLAN.selections()) {
      PlannedProgram p = s.programme();
      assertThat(p.cohortYear()).isEqualTo(TODAY.getYear() + 1);
      assertThat(p.startDate()).isAfterOrEqualTo(TODAY.plusMonths(3)).isBefore(TODAY.plusMonths(4));
      assertThat(p.applicants()).isEmpty();
      assertThat(p.runsOnSessions()).isTrue();
      assertThat(p.sessions()).allSatisfy(session -> assertThat(session.date()).isAfter(TODAY));
      assertThat(p.ending()).isEqualTo(Ending.RUNNING);
      // The minimums fit the seats, every maximum at least its minimum and at most the seats.
      assertThat(s.quotas().stream().mapToInt(PlannedQuota::minSeats).sum())
          .isLessThanOrEqualTo(p.capacity());
      assertThat(s.quotas())
          .allSatisfy(
              q -> {
                assertThat((q.participantType() == null) != (q.craft() == null)).isTrue();
                assertThat(q.maxSeats()).isBetween(q.minSeats(), p.capacity());
              });
    }
    // Keys continue the history's numbering: Idempotency-Keys never meet an earlier programme's.
    assertThat(residency.programme().key())
        .isEqualTo("40-netflix-x-kocca-virtual-production-residency-2027");
    assertThat(lab.programme().key()).isEqualTo("41-kofic-academy-documentary-directing-lab-2027");

    assertThat(residency.selectsDuringRun()).isTrue();
    assertThat(residency.programme().audience()).isEqualTo(Audience.OPEN);
    assertThat(residency.programme().capacity()).isEqualTo(24);
    assertThat(residency.applications()).hasSize(60);
    assertThat(residency.questions()).containsExactly(Question.MOTIVATION, Question.PORTFOLIO_LINK);
    assertThat(residency.quotas())
        .containsExactly(
            PlannedQuota.of(ParticipantType.UNIVERSITY_STUDENT, 6, 12),
            PlannedQuota.of(Craft.VFX, 0, 10));
    assertThat(residency.offerValidityHours()).isEqualTo(72);
    // Every application reviewed before the selection; about 15 % rejected.
    assertThat(residency.count(PlannedApplication::reviewed)).isEqualTo(60);
    assertThat(residency.count(PlannedApplication::rejected)).isEqualTo(9);
    // Enough shortlisted for every seat, and a reserve behind them.
    assertThat(residency.count(PlannedApplication::shortlisted)).isGreaterThan(24);

    assertThat(lab.selectsDuringRun()).isFalse();
    assertThat(lab.programme().audience()).isEqualTo(Audience.UNIVERSITY_STUDENT);
    assertThat(lab.questions())
        .containsExactly(Question.MOTIVATION, Question.RELEVANT_EXPERIENCE, Question.AVAILABILITY);
    assertThat(lab.quotas()).allSatisfy(q -> assertThat(q.craft()).isNotNull());
    // The office has reviewed the first 60 % in submission order, the rest wait.
    int reviewed = (int) Math.round(lab.applications().size() * 0.6);
    assertThat(lab.applications().subList(0, reviewed))
        .allSatisfy(a -> assertThat(a.reviewed()).isTrue());
    assertThat(lab.applications().subList(reviewed, lab.applications().size()))
        .allSatisfy(a -> assertThat(a.reviewed()).isFalse());
    assertThat(lab.count(PlannedApplication::rejected)).isPositive();
  }

  @Test
  void applicantsArePeopleTheHistoryAlreadyHas() {
    Set<Integer> historic = new HashSet<>();
    PLAN.programs().forEach(p -> p.applicants().forEach(e -> historic.add(e.participant())));
    for (PlannedSelection s : PLAN.selections()) {
      Set<Integer> seen = new HashSet<>();
      for (PlannedApplication a : s.applications()) {
        assertThat(historic).contains(a.participant());
        assertThat(seen.add(a.participant())).as("applies once").isTrue();
        PlannedParticipant who = PLAN.participants().get(a.participant());
        assertThat(s.programme().audience().admits(who.type())).isTrue();
      }
    }
    // The residency draws crew and students, the craft it caps (VFX) over its cap.
    PlannedSelection residency = PLAN.selections().get(0);
    assertThat(residency.applications())
        .extracting(a -> PLAN.participants().get(a.participant()).type())
        .contains(ParticipantType.values());
    assertThat(residency.count(a -> PLAN.participants().get(a.participant()).craft() == Craft.VFX))
        .isGreaterThan(residency.quotas().get(1).maxSeats());
  }

  @Test
  void everyQuestionIsAnsweredWithinTheServicesLimits() {
    for (PlannedSelection s : PLAN.selections()) {
      Set<String> motivations = new HashSet<>();
      for (PlannedApplication a : s.applications()) {
        assertThat(a.answers().keySet()).containsExactlyElementsOf(s.questions());
        for (Map.Entry<Question, String> answer : a.answers().entrySet()) {
          String text = answer.getValue();
          assertThat(text).isNotBlank();
          switch (answer.getKey()) {
            case PORTFOLIO_LINK ->
                assertThat(text)
                    .startsWith("https://portfolio.example.org/")
                    .hasSizeLessThanOrEqualTo(500)
                    .doesNotContainAnyWhitespaces();
            case AVAILABILITY -> assertThat(text).hasSizeLessThanOrEqualTo(500);
            default -> assertThat(text).hasSizeLessThanOrEqualTo(2000);
          }
        }
        motivations.add(a.answers().get(Question.MOTIVATION));
      }
      // Composed, not one sentence for everybody.
      assertThat(motivations).hasSizeGreaterThan(s.applications().size() / 2);
    }
  }

  @Test
  void reviewsAndAnswersToOffersFollowTheServicesVocabulary() {
    for (PlannedSelection s : PLAN.selections()) {
      for (PlannedApplication a : s.applications()) {
        if (a.shortlisted()) {
          assertThat(a.review().score()).isBetween(0, 100);
          assertThat(a.review().reasonCode()).isNull();
        } else if (a.rejected()) {
          assertThat(a.review().score()).isNull();
          assertThat(a.review().reasonCode()).isIn(ApplicationPlanner.REJECTION_REASONS);
        }
      }
      int n = s.applications().size();
      assertThat(s.count(a -> a.answer() == OfferAnswer.DECLINE)).isEqualTo(Math.round(n * 0.12));
      assertThat(s.count(a -> a.answer() == OfferAnswer.NONE)).isEqualTo(Math.round(n * 0.08));
    }
  }

  @Test
  void aSmallPlanStillShowsARejectionADeclineAndASilenceAmongTheLikelyOffers() {
    assertThat(SMALL.participants()).hasSizeLessThan(PLAN.participants().size() / 10);
    for (DemoPlan plan : List.of(PLAN, SMALL)) {
      PlannedSelection residency = plan.selections().get(0);
      int seats = residency.programme().capacity();
      assertThat(seats).isGreaterThanOrEqualTo(4);
      assertThat(residency.count(PlannedApplication::rejected)).isPositive();
      assertThat(residency.count(PlannedApplication::shortlisted)).isGreaterThan(seats);
      List<PlannedApplication> best =
          residency.applications().stream()
              .filter(PlannedApplication::shortlisted)
              .sorted(Comparator.comparing(a -> -a.review().score()))
              .limit(seats)
              .toList();
      assertThat(best)
          .extracting(PlannedApplication::answer)
          .contains(OfferAnswer.DECLINE, OfferAnswer.NONE, OfferAnswer.ACCEPT);
    }
    assertThat(SMALL.selections().get(1).count(a -> !a.reviewed())).isPositive();
  }

  @Test
  void dryRunFiguresNameTheProgrammesThatSelectByApplication() {
    assertThat(new PlanFigures(PLAN).describe())
        .contains(
            "by application: Netflix x KOCCA Virtual Production Residency 2027, 24 seats, window"
                + " closes during the run: 60 applications, 51 shortlisted, 9 rejected, 0 not yet"
                + " reviewed")
        .contains("by application: KOFIC Academy Documentary Directing Lab 2027");
    assertThat(new PlanFigures(PLAN).byApplication(a -> true)).isEqualTo(92);
  }
}
