package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

  private final CertificateNumbers numbers = new CertificateNumbers();

  @Test
  void numbersAndCodesUseOnlyTheUnambiguousAlphabetAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = numbers.certificateId(2024);
      String code = numbers.verificationCode();
      assertThat(id).matches("CT-2024-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
      assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}");
      assertThat(seen.add(id)).as(id).isTrue();
      assertThat(seen.add(code)).as(code).isTrue();
    }
    assertThat(CertificateNumbers.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
  }

  @Test
  void aCodeMatchesItsHashHoweverItIsTypedAndNothingElseDoes() {
    String code = numbers.verificationCode();
    String hash = CertificateNumbers.hash(code);

    assertThat(hash).hasSize(64).doesNotContain(code);
    assertThat(CertificateNumbers.matches(code, hash)).isTrue();
    assertThat(CertificateNumbers.matches(code.toLowerCase().replace("-", " "), hash)).isTrue();
    assertThat(CertificateNumbers.matches(numbers.verificationCode(), hash)).isFalse();
    assertThat(CertificateNumbers.matches(null, hash)).isFalse();
    assertThat(CertificateNumbers.matches(code, null)).isFalse();
    assertThat(CertificateNumbers.matches(code + "-".repeat(64), hash)).isFalse();
  }
}
