package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.crewtraining.support.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

  private static final LocalDate START = LocalDate.of(2024, 7, 1);
  private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);

  @Test
  void aDateBetweenStartAndTodayIsAccepted() {
    assertThatCode(() -> CompletionRules.checkCompletionDate(START, TODAY, START))
        .doesNotThrowAnyException();
    assertThatCode(() -> CompletionRules.checkCompletionDate(TODAY, TODAY, START))
        .doesNotThrowAnyException();
  }

  @Test
  void aFutureDateIsRejected() {
    assertThatThrownBy(() -> CompletionRules.checkCompletionDate(TODAY.plusDays(1), TODAY, START))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("future");
  }

  @Test
  void aDateBeforeTheProgrammeStartIsRejected() {
    assertThatThrownBy(() -> CompletionRules.checkCompletionDate(START.minusDays(1), TODAY, START))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("programme start");
  }
}
