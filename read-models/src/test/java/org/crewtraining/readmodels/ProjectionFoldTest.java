package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.junit.jupiter.api.Test;

/** Per-programme read model and overall figures: these events in, this whole read model out. */
class ProjectionFoldTest {

  private static final String X = "fold";

  /** P1 after withdrawals, a waitlist promotion, a capacity rise, outcomes and closing. */
  static ProgramSummary expectedP1() {
    return new ProgramSummary(
        p1(X),
        "Colour grading for series",
        List.of("Netflix", "KOCCA"),
        "SHORT_COURSE",
        "POST_PRODUCTION",
        "OPEN",
        2024,
        ReportedProgramStatus.CLOSED,
        TestEvents.START,
        TestEvents.START.plusDays(28),
        40,
        3,
        2,
        0.6667,
        new Figures(3, 0, 0, 2, 0, 1, 1, 1, 0.3333, 56.0, 0, 0, 2, 0, 0));
  }

  /** P2, cancelled with one confirmed and one waitlisted enrollment. */
  static ProgramSummary expectedP2() {
    return new ProgramSummary(
        p2(X),
        "Virtual production workshop",
        List.of("CJ ENM"),
        "WORKSHOP",
        "VFX",
        "OPEN",
        2025,
        ReportedProgramStatus.CANCELLED,
        TestEvents.START,
        TestEvents.START.plusDays(28),
        40,
        10,
        0,
        0.0,
        new Figures(1, 0, 0, 0, 2, 0, 0, 0, 0.0, 0.0, 0, 0, 0, 0, 0));
  }

  @Test
  void programmesWithWithdrawalsPromotionsAndCancellation() {
    ReportingState state = ProjectionFold.fold(Scenarios.all(X));

    assertThat(ReadModels.programs(state)).containsExactly(expectedP1(), expectedP2());
    assertThat(ReadModels.overall(state))
        .isEqualTo(new Figures(4, 0, 0, 2, 2, 1, 1, 1, 0.25, 56.0, 0, 0, 2, 0, 0));
  }

  @Test
  void midwayFiguresCountSeatsAndWaitlist() {
    // P1 before anyone left: 2 confirmed (full), 2 waiting.
    List<SpecificRecord> events = new ArrayList<>(Scenarios.programmeEvents(X).subList(0, 2));
    events.addAll(Scenarios.enrollmentEvents(X).subList(0, 4));

    ProgramSummary p1 = ReadModels.programs(ProjectionFold.fold(events)).get(0);

    assertThat(p1.status()).isEqualTo(ReportedProgramStatus.PUBLISHED);
    assertThat(p1.figures())
        .isEqualTo(new Figures(2, 2, 2, 0, 0, 0, 0, 0, 0.0, 0.0, 0, 0, 0, 0, 0));
    assertThat(p1.seatsTaken()).isEqualTo(2);
    assertThat(p1.fillRate()).isEqualTo(1.0);
  }

  @Test
  void anyInterleavingOfTheTwoTopicsGivesTheSameModel() {
    ReportingState expected = ProjectionFold.fold(Scenarios.all(X));
    List<SpecificRecord> enrollmentsFirst = new ArrayList<>(Scenarios.enrollmentEvents(X));
    enrollmentsFirst.addAll(Scenarios.programmeEvents(X));
    assertThat(ProjectionFold.fold(enrollmentsFirst)).isEqualTo(expected);

    Random random = new Random(42);
    for (int i = 0; i < 50; i++) {
      assertThat(ProjectionFold.fold(merge(random))).isEqualTo(expected);
    }
  }

  @Test
  void enrollmentsOfAnUnknownProgrammeLeaveAStubThatProgramCreatedFillsIn() {
    ReportingState state = ProjectionFold.fold(Scenarios.enrollmentEvents(X));

    ProgramSummary stub = ReadModels.programs(state).get(0);
    assertThat(stub.programId()).isEqualTo(p1(X));
    assertThat(stub.status()).isEqualTo(ReportedProgramStatus.UNKNOWN);
    assertThat(stub.title()).isNull();
    assertThat(stub.figures()).isEqualTo(expectedP1().figures());
    assertThat(ReadModels.rollup(state, Dimension.TRACK)).isEmpty();
  }

  @Test
  void aRepeatedProgramCreatedDoesNotReopenTheProgramme() {
    List<SpecificRecord> events = new ArrayList<>(Scenarios.all(X));
    events.add(Scenarios.programmeEvents(X).get(0));

    assertThat(ReadModels.programs(ProjectionFold.fold(events)).get(0).status())
        .isEqualTo(ReportedProgramStatus.CLOSED);
  }

  @Test
  void anErasureDropsNothingTheReadModelsCount() {
    ReportingState expected = ProjectionFold.fold(Scenarios.all(X));
    List<SpecificRecord> events = new ArrayList<>(Scenarios.all(X));
    SpecificRecord first = Scenarios.enrollmentEvents(X).get(0);
    String participantId = EventType.of(first).participantIdOf(first);
    ParticipantErased erased =
        new ParticipantErased(
            TestEvents.meta("enrollment-service"),
            participantId,
            Instant.parse("2026-02-01T00:00:00Z"),
            ErasureBasis.REQUEST,
            ErasureReason.DATA_SUBJECT_REQUEST);

    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<SpecificRecord> withErasure = new ArrayList<>(events);
      withErasure.add(random.nextInt(withErasure.size() + 1), erased);
      ReportingState state = ProjectionFold.fold(withErasure);
      // The participant's enrolments still count, wherever the erasure lands in the log.
      assertThat(state).isEqualTo(expected);
      assertThat(ReadModels.programs(state)).containsExactly(expectedP1(), expectedP2());
    }
    Replay replay = Replay.all();
    events.forEach(replay::accept);
    assertThat(replay.accept(erased)).as("nothing in the read models to change").isFalse();
    assertThat(replay.state()).isEqualTo(expected);
  }

  @Test
  void nothingFoldedIsNothing() {
    ReportingState empty = ProjectionFold.fold(List.of());
    assertThat(ReadModels.programs(empty)).isEmpty();
    assertThat(ReadModels.overall(empty)).isEqualTo(Figures.NONE);
  }

  /** A random merge of the two topics that keeps each topic's own order (as Kafka does). */
  private static List<SpecificRecord> merge(Random random) {
    List<SpecificRecord> programmes = Scenarios.programmeEvents(X);
    List<SpecificRecord> enrollments = Scenarios.enrollmentEvents(X);
    List<SpecificRecord> merged = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < programmes.size() || j < enrollments.size()) {
      boolean takeProgramme =
          j == enrollments.size() || (i < programmes.size() && random.nextBoolean());
      merged.add(takeProgramme ? programmes.get(i++) : enrollments.get(j++));
    }
    return merged;
  }
}
