package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.SessionScenario.enrollment;
import static org.crewtraining.readmodels.SessionScenario.program;
import static org.crewtraining.readmodels.SessionScenario.sessionId;
import static org.crewtraining.readmodels.TestEvents.START;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Sessions, attendance, completion bases and certificates ({@link SessionScenario}): these events
 * in, this read model out, with the figures computed by hand in the comments.
 */
class SessionAttendanceFoldTest {

  private static final String X = "att";

  /** Three completed: e1 by the rule, e2 overridden, e3 by hand; c1 valid, c2 revoked. */
  static Figures expectedFigures() {
    // hours: 5.5 (e1's rule outcome) + 5.0 (e2's override) + 3.0 (e3's hand-typed) = 13.5
    return new Figures(3, 0, 0, 0, 0, 3, 0, 0, 1.0, 13.5, 1, 1, 1, 2, 1);
  }

  static ProgramAttendance expectedAttendance() {
    // Active: s1 (180) + s2 (160 after its move) = 340 planned minutes. Entries at active
    // sessions: s1 e1 PRESENT, e2 EXCUSED (corrected from ABSENT), e3 PRESENT; s2 e1 LATE, e2
    // PRESENT: 5 recorded, 4 attended, 0.8. e1 at the cancelled s3 and e3 at the unknown s9 do
    // not count.
    return new ProgramAttendance(
        program(X),
        2,
        340,
        5,
        4,
        0.8,
        List.of(
            row(
                1,
                START,
                LocalTime.of(9, 0),
                LocalTime.of(12, 30),
                180,
                "SCHEDULED",
                3,
                2,
                0,
                1,
                0.6667),
            row(
                2,
                START.plusDays(8),
                LocalTime.of(13, 0),
                LocalTime.of(16, 10),
                160,
                "RESCHEDULED",
                2,
                1,
                1,
                0,
                1.0),
            row(
                3,
                START.plusDays(14),
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                120,
                "CANCELLED",
                1,
                1,
                0,
                0,
                1.0)));
  }

  @Test
  void sessionsAttendanceOutcomesAndCertificates() {
    ReportingState state = ProjectionFold.fold(SessionScenario.all(X));

    assertThat(ReadModels.programs(state))
        .containsExactly(
            new ProgramSummary(
                program(X),
                "Dailies and on-set colour",
                List.of("Netflix", "KOCCA"),
                "SHORT_COURSE",
                "POST_PRODUCTION",
                "OPEN",
                2024,
                ReportedProgramStatus.PUBLISHED,
                START,
                START.plusDays(28),
                40,
                10,
                3,
                0.3,
                expectedFigures()));
    assertThat(ReadModels.attendance(state, program(X))).contains(expectedAttendance());
    assertThat(ReadModels.attendance(state))
        .isEqualTo(
            new AttendanceOverview(
                5,
                4,
                0.8,
                List.of(new AttendanceOverview.Programme(program(X), 2, 340, 5, 4, 0.8))));
    assertThat(state.programs().get(program(X)).plannedMinutes()).isEqualTo(340);
  }

  @Test
  void eachEnrollmentKeepsItsEntriesOutcomeBasisAndCertificates() {
    ReportingState state = ProjectionFold.fold(SessionScenario.all(X));

    EnrollmentState e1 = state.enrollments().get(enrollment(X, 1));
    assertThat(e1.attendance())
        .isEqualTo(
            Map.of(
                sessionId(X, 1), new SessionAttendance(ReportedAttendance.PRESENT, 0, false),
                sessionId(X, 2), new SessionAttendance(ReportedAttendance.LATE, 15, false),
                sessionId(X, 3), new SessionAttendance(ReportedAttendance.PRESENT, 0, false)));
    assertThat(e1.outcome())
        .isEqualTo(
            new EnrollmentOutcome(
                5.5,
                START.plusDays(28),
                null,
                CompletionBasis.RULE,
                new RuleEvaluation(325, 340, 80, 0, null, 1)));
    assertThat(e1.certificateId()).isEqualTo(X + "-c1");

    EnrollmentState e2 = state.enrollments().get(enrollment(X, 2));
    assertThat(e2)
        .isEqualTo(
            new EnrollmentState(
                enrollment(X, 2),
                program(X),
                SessionScenario.participant(X, 2),
                new ParticipantProfile("INDUSTRY_WORKER", "VFX"),
                new EnrollmentStanding(ReportedEnrollmentStatus.COMPLETED, true, false),
                0.0,
                // The override replaces the outcome; the rule's figures it went against stay.
                new EnrollmentOutcome(
                    5.0,
                    START.plusDays(29),
                    null,
                    CompletionBasis.OVERRIDE,
                    new RuleEvaluation(160, 340, 80, 0, null, 1)),
                Map.of(
                    sessionId(X, 1), new SessionAttendance(ReportedAttendance.EXCUSED, 0, true),
                    sessionId(X, 2), new SessionAttendance(ReportedAttendance.PRESENT, 0, false)),
                EnrollmentAssessment.NONE,
                Map.of(X + "-c2", new IssuedCertificate(START.plusDays(30), 5.0, true))));
    // Its only certificate is revoked: nothing to show.
    assertThat(e2.certificateId()).isNull();

    EnrollmentState e3 = state.enrollments().get(enrollment(X, 3));
    assertThat(e3.assessment()).isEqualTo(new EnrollmentAssessment(true, START.plusDays(27)));
    assertThat(e3.outcome().basis()).isEqualTo(CompletionBasis.MANUAL);
    assertThat(e3.outcome().rule()).isNull();
    assertThat(e3.certificateId()).isEqualTo("CERT-" + enrollment(X, 3));
    assertThat(ReadModels.enrollmentFigures(state))
        .containsEntry(
            enrollment(X, 2),
            new EnrollmentFigures(
                1, 0, 0, 0, 0, 1, 0, 0, 5.0, SessionScenario.participant(X, 2), 0, 1, 0, 1, 1));
  }

  @Test
  void anyInterleavingOfTheTwoTopicsGivesTheSameModel() {
    ReportingState expected = ProjectionFold.fold(SessionScenario.all(X));
    List<SpecificRecord> enrollmentsFirst = new ArrayList<>(SessionScenario.enrollmentEvents(X));
    enrollmentsFirst.addAll(SessionScenario.programmeEvents(X));
    assertThat(ProjectionFold.fold(enrollmentsFirst)).isEqualTo(expected);

    Random random = new Random(17);
    for (int i = 0; i < 50; i++) {
      List<SpecificRecord> programmes = SessionScenario.programmeEvents(X);
      List<SpecificRecord> enrollments = SessionScenario.enrollmentEvents(X);
      List<SpecificRecord> merged = new ArrayList<>();
      int p = 0;
      int e = 0;
      while (p < programmes.size() || e < enrollments.size()) {
        boolean takeProgramme =
            e == enrollments.size() || (p < programmes.size() && random.nextBoolean());
        merged.add(takeProgramme ? programmes.get(p++) : enrollments.get(e++));
      }
      assertThat(ProjectionFold.fold(merged)).isEqualTo(expected);
    }
  }

  @Test
  void entriesBeforeTheirSessionsCountNowhereYet() {
    List<SpecificRecord> enrollmentsOnly = SessionScenario.enrollmentEvents(X);
    ReportingState stub = ProjectionFold.fold(enrollmentsOnly);

    // No session known yet: nothing counts, the programme is a stub.
    assertThat(ReadModels.attendance(stub, program(X)))
        .contains(new ProgramAttendance(program(X), 0, 0, 0, 0, 0.0, List.of()));
    assertThat(ReadModels.programs(stub).get(0).figures()).isEqualTo(expectedFigures());
  }

  @Test
  void aCertificateReissuedUnderARevokedIdStaysRevoked() {
    List<SpecificRecord> events = new ArrayList<>(SessionScenario.all(X));
    events.add(
        TestEvents.certificate(
            X + "-c2", enrollment(X, 2), program(X), SessionScenario.participant(X, 2), 5.0));

    ReportingState state = ProjectionFold.fold(events);

    assertThat(state.enrollments().get(enrollment(X, 2)).certificates().get(X + "-c2").revoked())
        .isTrue();
    assertThat(ReadModels.overall(state)).isEqualTo(expectedFigures());
  }

  private static ProgramAttendance.SessionRow row(
      int n,
      java.time.LocalDate date,
      LocalTime start,
      LocalTime end,
      int minutes,
      String status,
      long recorded,
      long present,
      long late,
      long excused,
      double rate) {
    return new ProgramAttendance.SessionRow(
        sessionId(X, n),
        date,
        start,
        end,
        minutes,
        "IN_PERSON",
        "Topic " + sessionId(X, n),
        "Studio A",
        ReportedSessionStatus.valueOf(status),
        recorded,
        present,
        late,
        0,
        excused,
        rate);
  }
}
