package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;
import org.junit.jupiter.api.Test;

/**
 * The year-end 2024 report over a fixed history, against numbers worked out by hand. Programme P1
 * (capacity 2, cohort 2024): a and b confirmed, c waitlisted; a attends 10 h and withdraws in
 * December, b completes with 40 h in November, c is promoted on 20 December. In 2025 c does not
 * complete (30 h), P1 closes and P2 is created.
 */
class AsOfFoldTest {

  static final Instant YEAR_END_2024 = Instant.parse("2024-12-31T23:59:59Z");

  @Test
  void yearEnd2024ReportHasTheHandComputedFigures() {
    Replay replay = Replay.asOf(YEAR_END_2024);
    history().forEach(replay::accept);
    AsOfReport report = AsOfReport.of(YEAR_END_2024, replay.applied(), replay.state());

    assertThat(report.events()).isEqualTo(9);
    // enrolled: a, b, c held a seat; confirmed: c (promoted); withdrawn: a; completed: b.
    // rate 1/3; hours: a's 10 h attendance + b's 40 h + c's 0 h = 50 h.
    Figures p1 = new Figures(3, 1, 0, 1, 0, 1, 0, 1, 0.3333, 50.0, 0, 0, 1, 0, 0);
    assertThat(report.overall()).isEqualTo(p1);
    assertThat(report.programs())
        .containsExactly(
            new ProgramSummary(
                "P1",
                "Lighting for night shoots",
                List.of("Netflix"),
                "SHORT_COURSE",
                "CINEMATOGRAPHY",
                "OPEN",
                2024,
                ReportedProgramStatus.PUBLISHED,
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 12, 31),
                40,
                2,
                2, // seats taken: c confirmed + b completed (a's seat was freed)
                1.0,
                p1));
    assertThat(report.rollups().get(Dimension.COHORT_YEAR))
        .containsExactly(
            new RollupRow(
                Dimension.COHORT_YEAR,
                "2024",
                1,
                3,
                3,
                1,
                0,
                0.3333,
                50.0,
                "2024: 1 programme, 3 crew, 33 % completion"));
    assertThat(report.rollups().get(Dimension.PARTICIPANT_TYPE))
        .extracting(RollupRow::key, RollupRow::enrolled, RollupRow::completed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INDUSTRY_WORKER", 2L, 0L),
            org.assertj.core.groups.Tuple.tuple("UNIVERSITY_STUDENT", 1L, 1L));
  }

  @Test
  void theWholeHistoryIncludes2025AndDuplicatesCountOnce() {
    Replay replay = Replay.all();
    List<SpecificRecord> withDuplicate = new ArrayList<>(history());
    withDuplicate.add(withDuplicate.get(6)); // b's completion re-sent: no effect
    withDuplicate.forEach(replay::accept);
    ReportingState state = replay.state();

    assertThat(replay.applied()).isEqualTo(12);
    assertThat(ReadModels.overall(state))
        .isEqualTo(new Figures(3, 0, 0, 1, 0, 1, 1, 1, 0.3333, 80.0, 0, 0, 2, 0, 0));
    assertThat(state.programs().get("P1").status()).isEqualTo(ReportedProgramStatus.CLOSED);
    assertThat(state.programs()).containsOnlyKeys("P1", "P2");
  }

  @Test
  void diffNamesEveryDifferingField() {
    Replay replay = Replay.all();
    history().forEach(replay::accept);
    ReportingState expected = replay.state();
    Map<String, EnrollmentState> tampered = new java.util.HashMap<>(expected.enrollments());
    EnrollmentState e2 = tampered.get("E2");
    tampered.put(
        "E2",
        new EnrollmentState(
            e2.enrollmentId(),
            e2.programId(),
            e2.participantId(),
            e2.participant(),
            new EnrollmentStanding(
                ReportedEnrollmentStatus.NOT_COMPLETED,
                e2.standing().everConfirmed(),
                e2.standing().promoted()),
            e2.hoursAttended(),
            e2.outcome(),
            e2.attendance(),
            e2.assessment(),
            e2.certificates()));
    tampered.remove("E1");

    assertThat(
            ReadModelDiff.of(
                expected,
                new ReportingState(expected.programs(), tampered, expected.applications())))
        .containsExactly(
            new ReadModelDiff.Difference("enrollment", "E1", "*", "present", "absent"),
            new ReadModelDiff.Difference(
                "enrollment", "E2", "status", "COMPLETED", "NOT_COMPLETED"));
    assertThat(ReadModelDiff.of(expected, expected)).isEmpty();
  }

  static List<SpecificRecord> history() {
    return List.of(
        created("P1", "2024-03-01T09:00:00Z"),
        new ProgramPublished(meta("2024-03-02T09:00:00Z"), "P1", null, null),
        new EnrollmentConfirmed(
            meta("2024-04-01T09:00:00Z"),
            "E1",
            "P1",
            "a",
            ParticipantType.INDUSTRY_WORKER,
            CraftTrack.CINEMATOGRAPHY,
            null),
        new EnrollmentConfirmed(
            meta("2024-04-02T09:00:00Z"),
            "E2",
            "P1",
            "b",
            ParticipantType.UNIVERSITY_STUDENT,
            CraftTrack.CINEMATOGRAPHY,
            null),
        new EnrollmentWaitlisted(
            meta("2024-04-03T09:00:00Z"),
            "E3",
            "P1",
            "c",
            ParticipantType.INDUSTRY_WORKER,
            CraftTrack.CINEMATOGRAPHY,
            1),
        new ProgressRecorded(meta("2024-06-01T09:00:00Z"), "E1", "P1", "a", 1, 10.0),
        completion("E2", "b", CompletionOutcome.COMPLETED, 40.0, "2024-11-30T17:00:00Z"),
        new EnrollmentWithdrawn(
            meta("2024-12-15T09:00:00Z"),
            "E1",
            "P1",
            "a",
            org.crewtraining.events.enrollments.EnrollmentStatus.CONFIRMED,
            null,
            org.crewtraining.events.enrollments.WithdrawalReason.WORK_COMMITMENT),
        new EnrollmentPromoted(meta("2024-12-20T09:00:00Z"), "E3", "P1", "c", 1),
        // after year end
        completion("E3", "c", CompletionOutcome.NOT_COMPLETED, 30.0, "2025-01-10T17:00:00Z"),
        new ProgramClosed(meta("2025-01-15T09:00:00Z"), "P1"),
        created("P2", "2025-02-01T09:00:00Z"));
  }

  private static ProgramCreated created(String id, String at) {
    return ProgramCreated.newBuilder()
        .setMetadata(meta(at))
        .setProgramId(id)
        .setTitle("Lighting for night shoots")
        .setPartners(List.of("Netflix"))
        .setFormat(ProgramFormat.SHORT_COURSE)
        .setTrack(CraftTrack.CINEMATOGRAPHY)
        .setAudience(Audience.OPEN)
        .setCapacity(2)
        .setStartDate(LocalDate.of(2024, 4, 1))
        .setEndDate(LocalDate.of(2024, 12, 31))
        .setDeliveryMode(DeliveryMode.IN_PERSON)
        .setCohortYear(2024)
        .setPlannedHours(40)
        .build();
  }

  private static CompletionRecorded completion(
      String enrollmentId, String participant, CompletionOutcome outcome, double hours, String at) {
    return new CompletionRecorded(
        meta(at),
        enrollmentId,
        "P1",
        participant,
        outcome,
        hours,
        LocalDate.parse(at.substring(0, 10)),
        outcome == CompletionOutcome.COMPLETED ? "CERT-" + enrollmentId : null,
        null);
  }

  private static EventMetadata meta(String at) {
    return Events.newMetadata("test", "corr", null, null, Instant.parse(at));
  }
}
