package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferCodesTest {

  @Test
  void codesAreLongRandomAndFreeOfLookAlikes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = OfferCodes.next();
      assertThat(code).hasSizeGreaterThanOrEqualTo(10).doesNotContainPattern("[01OIL]");
      assertThat(code.chars()).allMatch(c -> OfferCodes.ALPHABET.indexOf(c) >= 0);
      seen.add(code);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void aCodeMatchesOnlyItselfInAnyLetterCase() {
    String code = OfferCodes.next();
    assertThat(OfferCodes.matches(code, code)).isTrue();
    assertThat(OfferCodes.matches(code, " " + code.toLowerCase() + " ")).isTrue();
    assertThat(OfferCodes.matches(code, code.substring(1))).isFalse();
    assertThat(OfferCodes.matches(code, OfferCodes.next())).isFalse();
    assertThat(OfferCodes.matches(code, null)).isFalse();
    assertThat(OfferCodes.matches(null, code)).as("no offer, no code").isFalse();
  }
}
