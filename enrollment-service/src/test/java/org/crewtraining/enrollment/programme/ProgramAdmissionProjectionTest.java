package org.crewtraining.enrollment.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.SeatQuota;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admission frozen in ProgramPublished v3 arrives over the real broker and is kept as sent. */
class ProgramAdmissionProjectionTest extends EnrollmentIntegrationTest {

  @Autowired ProgramAdmissionRepository admissions;

  @Test
  void aPublicationWithAdmissionKeepsItsWindowQuestionsQuotasAndOfferValidity() {
    Instant opens = Instant.parse("2025-02-01T00:00:00Z");
    Instant closes = Instant.parse("2025-02-28T14:59:59.123Z");
    String programId =
        openByApplication(
            30,
            Audience.OPEN,
            new Admission(
                opens,
                closes,
                List.of(ApplicationQuestion.PORTFOLIO_LINK, ApplicationQuestion.MOTIVATION),
                List.of(
                    new SeatQuota(ParticipantType.UNIVERSITY_STUDENT, null, 6, 12),
                    new SeatQuota(null, CraftTrack.VFX, 0, 5)),
                48));

    ProgramAdmission admission = admissions.find(programId).orElseThrow();

    assertThat(admission)
        .isEqualTo(
            new ProgramAdmission(
                programId,
                opens,
                closes,
                List.of(ApplicationQuestion.PORTFOLIO_LINK, ApplicationQuestion.MOTIVATION),
                List.of(
                    new ProgramAdmission.SeatQuota(ParticipantType.UNIVERSITY_STUDENT, null, 6, 12),
                    new ProgramAdmission.SeatQuota(null, CraftTrack.VFX, 0, 5)),
                Duration.ofHours(48)));
    assertThat(admission.acceptsApplicationsAt(opens)).isTrue();
    assertThat(admission.acceptsApplicationsAt(closes)).isFalse();
    assertThat(admission.acceptsApplicationsAt(opens.minusMillis(1))).isFalse();
  }

  @Test
  void aFirstComePublicationHasNoAdmissionAndARedeliveryChangesNone() {
    String programId = openProgramme(10, Audience.OPEN);
    assertThat(admissions.find(programId)).isEmpty();

    sendProgramEvent(
        new ProgramPublished(
            programServiceMetadata(),
            programId,
            null,
            new Admission(
                Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-02-02T00:00:00Z"),
                List.of(),
                List.of(),
                24)));

    assertThat(admissions.find(programId)).as("a second publication is ignored").isEmpty();
  }
}
