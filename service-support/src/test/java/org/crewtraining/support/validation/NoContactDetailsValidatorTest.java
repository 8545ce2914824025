package org.crewtraining.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoContactDetailsValidatorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "contact me at jisu.kim@example.kr",
        "메일: 김지수@회사.한국",
        "call 010-1234-5678",
        "call 01012345678 after six",
        "office (02) 123 4567",
        "+82 10 1234 5678",
        "+1 415.555.0100"
      })
  void contactDetailsAreFound(String text) {
    assertThat(NoContactDetailsValidator.containsContactDetails(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Shooting schedule clash",
        "moved from 2025-03-01 to 2025-04-01",
        "venue closed 2025.03.01, capacity 1000, 40 hours",
        "촬영 일정 변경",
        "see ticket 4521 @ helpdesk",
        ""
      })
  void ordinaryReasonsPass(String text) {
    assertThat(NoContactDetailsValidator.containsContactDetails(text)).isFalse();
  }
}
