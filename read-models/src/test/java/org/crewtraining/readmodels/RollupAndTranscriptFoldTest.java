package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rollups and transcripts: these events in, these whole read models out. */
class RollupAndTranscriptFoldTest {

  private static final String X = "roll";
  private final ReportingState state = ProjectionFold.fold(Scenarios.all(X));

  @Test
  void byCohortYear() {
    assertThat(ReadModels.rollup(state, Dimension.COHORT_YEAR))
        .containsExactly(
            RollupRow.of(Dimension.COHORT_YEAR, "2024", 1, 3, 3, 1, 1, 56.0),
            RollupRow.of(Dimension.COHORT_YEAR, "2025", 1, 1, 1, 0, 0, 0.0));
    assertThat(ReadModels.rollup(state, Dimension.COHORT_YEAR).get(0).summary())
        .isEqualTo("2024: 1 programme, 3 crew, 33 % completion");
  }

  @Test
  void byPartnerCountsAProgrammeForEachOfItsPartners() {
    assertThat(ReadModels.rollup(state, Dimension.PARTNER))
        .containsExactly(
            RollupRow.of(Dimension.PARTNER, "CJ ENM", 1, 1, 1, 0, 0, 0.0),
            RollupRow.of(Dimension.PARTNER, "KOCCA", 1, 3, 3, 1, 1, 56.0),
            RollupRow.of(Dimension.PARTNER, "Netflix", 1, 3, 3, 1, 1, 56.0));
  }

  @Test
  void byFormatAndTrack() {
    assertThat(ReadModels.rollup(state, Dimension.FORMAT))
        .containsExactly(
            RollupRow.of(Dimension.FORMAT, "SHORT_COURSE", 1, 3, 3, 1, 1, 56.0),
            RollupRow.of(Dimension.FORMAT, "WORKSHOP", 1, 1, 1, 0, 0, 0.0));
    assertThat(ReadModels.rollup(state, Dimension.TRACK))
        .containsExactly(
            RollupRow.of(Dimension.TRACK, "POST_PRODUCTION", 1, 3, 3, 1, 1, 56.0),
            RollupRow.of(Dimension.TRACK, "VFX", 1, 1, 1, 0, 0, 0.0));
  }

  @Test
  void byParticipantTypeCountsCrewOnceAndWaitlistOnlyCrewNotAtAll() {
    // INDUSTRY_WORKER: a (P1 withdrawn after 4 h, P2 cancelled), c (promoted, not completed,
    // 12 h), e (waitlisted, cancelled: never enrolled). UNIVERSITY_STUDENT: b completed 40 h, d
    // left the waitlist.
    List<RollupRow> rows = ReadModels.rollup(state, Dimension.PARTICIPANT_TYPE);
    assertThat(rows)
        .containsExactly(
            RollupRow.of(Dimension.PARTICIPANT_TYPE, "INDUSTRY_WORKER", 2, 2, 3, 0, 1, 16.0),
            RollupRow.of(Dimension.PARTICIPANT_TYPE, "UNIVERSITY_STUDENT", 1, 1, 1, 1, 0, 40.0));
    assertThat(rows.get(1).summary())
        .isEqualTo("UNIVERSITY_STUDENT: 1 programme, 1 crew, 100 % completion");
  }

  @Test
  void transcriptOfACrewMemberInTwoProgrammes() {
    assertThat(ReadModels.transcript(state, Scenarios.participantA(X)))
        .contains(
            new Transcript(
                Scenarios.participantA(X),
                List.of(
                    new Transcript.Entry(
                        X + "-e1",
                        p1(X),
                        "Colour grading for series",
                        "SHORT_COURSE",
                        "POST_PRODUCTION",
                        2024,
                        ReportedEnrollmentStatus.WITHDRAWN,
                        4.0,
                        null,
                        null),
                    new Transcript.Entry(
                        X + "-e5",
                        p2(X),
                        "Virtual production workshop",
                        "WORKSHOP",
                        "VFX",
                        2025,
                        ReportedEnrollmentStatus.CANCELLED,
                        0.0,
                        null,
                        null)),
                0,
                4.0));
  }

  @Test
  void transcriptWithACompletion() {
    assertThat(ReadModels.transcript(state, X + "-b"))
        .contains(
            new Transcript(
                X + "-b",
                List.of(
                    new Transcript.Entry(
                        X + "-e2",
                        p1(X),
                        "Colour grading for series",
                        "SHORT_COURSE",
                        "POST_PRODUCTION",
                        2024,
                        ReportedEnrollmentStatus.COMPLETED,
                        40.0,
                        TestEvents.START.plusDays(28),
                        "CERT-" + X + "-e2")),
                1,
                40.0));
    assertThat(ReadModels.transcript(state, "nobody")).isEmpty();
  }
}
