package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crewtraining.support.web.StateConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which status allows a withdrawal or a review, and the code of each refusal: a table. */
class ApplicationRulesTest {

  @ParameterizedTest(name = "withdraw {0} -> {1}")
  @CsvSource({
    "SUBMITTED,   ",
    "SHORTLISTED, ",
    "REJECTED,    ",
    "RESERVE,     ",
    "WITHDRAWN,   application-withdrawn",
    "OFFERED,     offer-outstanding",
    "ACCEPTED,    application-accepted",
    "DECLINED,    application-ended",
    "EXPIRED,     application-ended"
  })
  void withdrawal(ApplicationStatus status, String refusal) {
    if (refusal == null) {
      ApplicationRules.checkWithdraw(status);
      assertThat(ApplicationRules.allowsWithdraw(status)).isTrue();
    } else {
      assertThatThrownBy(() -> ApplicationRules.checkWithdraw(status))
          .isInstanceOfSatisfying(
              StateConflictException.class, e -> assertThat(e.code()).isEqualTo(refusal));
      assertThat(ApplicationRules.allowsWithdraw(status)).isFalse();
    }
  }

  @ParameterizedTest(name = "review {0} -> {1}")
  @CsvSource({
    "SUBMITTED,   ",
    "SHORTLISTED, ",
    "REJECTED,    ",
    "WITHDRAWN,   application-withdrawn",
    "RESERVE,     selection-confirmed",
    "OFFERED,     selection-confirmed",
    "ACCEPTED,    selection-confirmed",
    "DECLINED,    selection-confirmed",
    "EXPIRED,     selection-confirmed"
  })
  void reviewWhileNoSelectionIsConfirmed(ApplicationStatus status, String refusal) {
    if (refusal == null) {
      ApplicationRules.checkReview(status, false);
      assertThat(ApplicationRules.allowsReview(status, false)).isTrue();
    } else {
      assertThatThrownBy(() -> ApplicationRules.checkReview(status, false))
          .isInstanceOfSatisfying(
              StateConflictException.class, e -> assertThat(e.code()).isEqualTo(refusal));
    }
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void noReviewOnceASelectionIsConfirmed(ApplicationStatus status) {
    assertThatThrownBy(() -> ApplicationRules.checkReview(status, true))
        .isInstanceOfSatisfying(
            StateConflictException.class,
            e -> assertThat(e.code()).isEqualTo("selection-confirmed"));
  }
}
