package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.SelectionScenario.CLOSE;
import static org.crewtraining.readmodels.SelectionScenario.OPEN;
import static org.crewtraining.readmodels.SelectionScenario.application;
import static org.crewtraining.readmodels.SelectionScenario.firstCome;
import static org.crewtraining.readmodels.SelectionScenario.hours;
import static org.crewtraining.readmodels.SelectionScenario.program;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.readmodels.ProgramSelection.QuotaFill;
import org.junit.jupiter.api.Test;

/** Applications, selection and offers: these events in, these figures out (computed by hand). */
class SelectionFoldTest {

  private static final String X = "sel";

  /**
   * Six applications, four offers: two accepted (after 10 h and 30 h), one declined, one lapsed.
   */
  static SelectionFigures expectedFigures() {
    return new SelectionFigures(6, 1, 4, 1, 2, 2, 2, 2, 1, 1, 0, 0.6667, 0.5, 20.0, 30.0);
  }

  static ProgramSelection expectedProgramme() {
    return new ProgramSelection(
        program(X),
        "Film sound mentoring",
        ReportedProgramStatus.PUBLISHED,
        3,
        AdmissionMode.APPLICATION,
        OPEN,
        CLOSE,
        72,
        expectedFigures(),
        List.of(
            // a2, a3, a6 offered; a6 accepted.
            new QuotaFill("UNIVERSITY_STUDENT", null, 1, 2, 3, 1, true, 0.5),
            // a2 offered, declined.
            new QuotaFill(null, "VFX", 0, 1, 1, 0, true, 0.0),
            // a1 offered and accepted: one of the two seats reserved.
            new QuotaFill(null, "CINEMATOGRAPHY", 2, 2, 1, 1, false, 0.5)));
  }

  @Test
  void programmeSelectingByApplication() {
    ReportingState state = ProjectionFold.fold(SelectionScenario.all(X));

    assertThat(ReadModels.selection(state, program(X))).contains(expectedProgramme());
    assertThat(ReadModels.selection(state))
        .isEqualTo(new SelectionOverview(expectedFigures(), List.of(expectedProgramme())));
  }

  @Test
  void firstComeProgrammeHasNoSelectionFiguresAndIsLeftOutOfTheOverview() {
    ReportingState state = ProjectionFold.fold(SelectionScenario.all(X));

    ProgramSelection fc = ReadModels.selection(state, firstCome(X)).orElseThrow();
    assertThat(fc.admissionMode()).isEqualTo(AdmissionMode.FIRST_COME);
    assertThat(fc.quotas()).isEmpty();
    assertThat(fc.figures())
        .isEqualTo(new SelectionFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, null, null));
    assertThat(state.programs().get(firstCome(X)).admission()).isNull();
    // Its enrolment has no application; the two accepted offers are enrolments too.
    assertThat(state.applications()).hasSize(6);
    assertThat(state.enrollments()).hasSize(3);
    assertThat(
            ReadModels.figuresOf(
                    state.enrollments().values().stream()
                        .filter(e -> e.programId().equals(program(X)))
                        .toList())
                .confirmed())
        .isEqualTo(2);
  }

  @Test
  void applicationStateKeepsEachGroup() {
    ReportingState state = ProjectionFold.fold(SelectionScenario.all(X));

    assertThat(state.applications().get(application(X, 6)))
        .isEqualTo(
            new ApplicationState(
                application(X, 6),
                program(X),
                SelectionScenario.participant(X, 6),
                "UNIVERSITY_STUDENT",
                "EDITING",
                OPEN.plusSeconds(21600),
                false,
                new ApplicationReview("SHORTLISTED", 60, null),
                new ApplicationPlacement(SelectionScenario.selection(X), "RESERVE", 2),
                new ApplicationOffer(
                    "RESERVE", hours(77), hours(77 + 72), null, null, X + "-ae6", hours(107))));
    ApplicationState a2 = state.applications().get(application(X, 2));
    assertThat(a2.review()).isEqualTo(new ApplicationReview("SHORTLISTED", 80, null));
    assertThat(a2.offer().release()).isEqualTo("DECLINED");
    assertThat(a2.offer().releasedAt()).isEqualTo(hours(5));
    assertThat(state.applications().get(application(X, 4)).review())
        .isEqualTo(new ApplicationReview("REJECTED", null, "NOT_ELIGIBLE"));
    assertThat(state.applications().get(application(X, 1)).offer().timeToAccept())
        .isEqualTo(Duration.ofHours(10));
  }

  @Test
  void midwayOutstandingOffersAreNotAnsweredYet() {
    // Up to a3's offer from the reserve (T+5h): a1 and a3 outstanding, a2 declined.
    List<SpecificRecord> events = new ArrayList<>(SelectionScenario.programmeEvents(X));
    SelectionScenario.enrollmentEvents(X).stream()
        .filter(e -> !Events.metadataOf(e).getOccurredAt().isAfter(hours(5)))
        .forEach(events::add);

    SelectionFigures figures =
        ReadModels.selection(ProjectionFold.fold(events), program(X)).orElseThrow().figures();

    assertThat(figures)
        .isEqualTo(new SelectionFigures(6, 1, 4, 1, 2, 2, 1, 0, 1, 0, 2, 0.5, 0.0, null, null));
  }

  @Test
  void sameModelWhicheverTopicArrivesFirstAndHoweverBatched() {
    ReportingState expected = ProjectionFold.fold(SelectionScenario.all(X));
    List<SpecificRecord> enrollmentsFirst = new ArrayList<>(SelectionScenario.enrollmentEvents(X));
    enrollmentsFirst.addAll(SelectionScenario.programmeEvents(X));

    assertThat(ProjectionFold.fold(enrollmentsFirst)).isEqualTo(expected);

    // The applier's way: one batch of working maps at a time, each loaded from the last.
    Map<String, ProgramState> programs = new HashMap<>();
    Map<String, EnrollmentState> enrollments = new HashMap<>();
    Map<String, ApplicationState> applications = new HashMap<>();
    for (SpecificRecord event : SelectionScenario.all(X)) {
      assertThat(ProjectionFold.apply(programs, enrollments, applications, event)).isTrue();
    }
    assertThat(new ReportingState(programs, enrollments, applications)).isEqualTo(expected);
  }

  @Test
  void asOfReportCarriesTheSelectionAsItStood() {
    Replay replay = Replay.asOf(hours(10));
    SelectionScenario.all(X).forEach(replay::accept);

    AsOfReport report = AsOfReport.of(hours(10), replay.applied(), replay.state());

    // a1 accepted after 10 h; a3 still outstanding.
    assertThat(report.selection().overall())
        .isEqualTo(new SelectionFigures(6, 1, 4, 1, 2, 2, 1, 1, 1, 0, 1, 0.5, 0.5, 10.0, 10.0));
  }

  @Test
  void diffNamesADifferingApplicationField() {
    ReportingState expected = ProjectionFold.fold(SelectionScenario.all(X));
    Map<String, ApplicationState> tampered = new HashMap<>(expected.applications());
    tampered.put(
        application(X, 5),
        tampered.get(application(X, 5)).withReview(new ApplicationReview("SHORTLISTED", 10, null)));

    assertThat(
            ReadModelDiff.of(
                expected,
                new ReportingState(expected.programs(), expected.enrollments(), tampered)))
        .containsExactly(
            new ReadModelDiff.Difference(
                "application", application(X, 5), "decision", "null", "SHORTLISTED"),
            new ReadModelDiff.Difference("application", application(X, 5), "score", "null", "10"));
  }
}
