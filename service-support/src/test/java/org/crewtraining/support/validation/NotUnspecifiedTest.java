package org.crewtraining.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.junit.jupiter.api.Test;

class NotUnspecifiedTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  record Cancel(@NotUnspecified ProgramCancellationReason reasonCode) {}

  record Withdraw(@NotUnspecified WithdrawalReason reasonCode) {}

  @Test
  void unspecifiedIsRefusedAndEveryRealCodeOrNoneIsAccepted() {
    assertThat(validator.validate(new Cancel(ProgramCancellationReason.UNSPECIFIED)))
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("reasonCode"));
    assertThat(validator.validate(new Withdraw(WithdrawalReason.UNSPECIFIED))).hasSize(1);
    for (ProgramCancellationReason code : ProgramCancellationReason.values()) {
      if (code != ProgramCancellationReason.UNSPECIFIED) {
        assertThat(validator.validate(new Cancel(code))).isEmpty();
      }
    }
    assertThat(validator.validate(new Withdraw(null))).isEmpty();
  }
}
