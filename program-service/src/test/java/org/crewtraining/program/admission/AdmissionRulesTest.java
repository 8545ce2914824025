package org.crewtraining.program.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.crewtraining.program.programme.ProgramStatus;
import org.crewtraining.support.web.StateConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every programme status against the table: the admission is set only while DRAFT. */
class AdmissionRulesTest {

  private static final Set<ProgramStatus> ALLOWED_IN = Set.of(ProgramStatus.DRAFT);

  @ParameterizedTest
  @EnumSource(ProgramStatus.class)
  void eachStatusAllowsSettingTheAdmissionExactlyAsTabled(ProgramStatus status) {
    boolean allowed = ALLOWED_IN.contains(status);
    assertThat(AdmissionRules.allowsSetting(status)).as("%s", status).isEqualTo(allowed);
    if (allowed) {
      assertThatCode(() -> AdmissionRules.checkSetting(status)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> AdmissionRules.checkSetting(status))
          .isInstanceOf(StateConflictException.class)
          .hasMessageContaining(status.name())
          .satisfies(
              e -> assertThat(((StateConflictException) e).code()).isEqualTo("admission-frozen"));
    }
  }
}
