package org.crewtraining.enrollment.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudienceRuleTest {

  @ParameterizedTest
  @CsvSource({
    "INDUSTRY_WORKER, INDUSTRY_WORKER, true",
    "INDUSTRY_WORKER, UNIVERSITY_STUDENT, false",
    "UNIVERSITY_STUDENT, UNIVERSITY_STUDENT, true",
    "UNIVERSITY_STUDENT, INDUSTRY_WORKER, false",
    "OPEN, INDUSTRY_WORKER, true",
    "OPEN, UNIVERSITY_STUDENT, true",
    "UNKNOWN, INDUSTRY_WORKER, false",
    "UNKNOWN, UNIVERSITY_STUDENT, false"
  })
  void audienceAdmits(Audience audience, ParticipantType type, boolean admitted) {
    ProgramSnapshot program =
        new ProgramSnapshot(
            "prg-1",
            "t",
            ProgramSnapshotStatus.PUBLISHED,
            10,
            audience,
            CraftTrack.VFX,
            LocalDate.of(2024, 7, 1),
            LocalDate.of(2024, 8, 1),
            Instant.EPOCH);
    assertThat(program.admits(type)).isEqualTo(admitted);
  }
}
