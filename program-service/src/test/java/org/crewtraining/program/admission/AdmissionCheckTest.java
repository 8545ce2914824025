package org.crewtraining.program.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.program.programme.AdmissionMode;
import org.crewtraining.support.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

/**
 * The boundaries an admission may just reach (the API tests refuse one step beyond each): a close
 * one millisecond before the start in Korea, quotas filling the capacity exactly, 1 and 720 hours.
 */
class AdmissionCheckTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final int CAPACITY = 20;

  @Test
  void theBoundariesThemselvesAreAccepted() {
    SetAdmission request =
        new SetAdmission(
            AdmissionMode.APPLICATION,
            OffsetDateTime.parse("2026-03-01T23:59:59.998+09:00"),
            OffsetDateTime.parse("2026-03-01T23:59:59.999+09:00"),
            List.of(ApplicationQuestion.AVAILABILITY),
            List.of(
                new Quota(ParticipantType.INDUSTRY_WORKER, null, 12, 20),
                new Quota(null, CraftTrack.OTHER, 8, 8)),
            720);

    AdmissionByApplication admission =
        AdmissionCheck.admissionOf(request, CAPACITY, START).orElseThrow();

    assertThat(admission.applicationsCloseAt())
        .isEqualTo(Instant.parse("2026-03-01T14:59:59.999Z"));
    assertThat(admission.minimumSeats()).isEqualTo(CAPACITY);
    assertThat(admission.largestMaximum()).isEqualTo(CAPACITY);
    assertThat(admission.offerValidityHours()).isEqualTo(720);
  }

  @Test
  void leftOutQuestionsAndQuotasAreNone() {
    SetAdmission request =
        new SetAdmission(
            AdmissionMode.APPLICATION,
            OffsetDateTime.parse("2026-02-01T00:00:00Z"),
            OffsetDateTime.parse("2026-02-01T00:00:00.001Z"),
            null,
            null,
            1);

    AdmissionByApplication admission =
        AdmissionCheck.admissionOf(request, CAPACITY, START).orElseThrow();

    assertThat(admission.questions()).isEmpty();
    assertThat(admission.quotas()).isEmpty();
    assertThat(admission.toEvent().getQuotas()).isEmpty();
  }

  @Test
  void firstComeIsNoAdmissionAndTakesNoOtherField() {
    SetAdmission firstCome =
        new SetAdmission(AdmissionMode.FIRST_COME, null, null, null, null, null);
    assertThat(AdmissionCheck.admissionOf(firstCome, CAPACITY, START)).isEmpty();

    SetAdmission withHours = new SetAdmission(AdmissionMode.FIRST_COME, null, null, null, null, 1);
    assertThatThrownBy(() -> AdmissionCheck.admissionOf(withHours, CAPACITY, START))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("offerValidityHours"));
  }
}
