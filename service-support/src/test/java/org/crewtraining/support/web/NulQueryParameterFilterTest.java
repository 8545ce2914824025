package org.crewtraining.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulQueryParameterFilterTest {

  @Test
  void namesTheParameterWhoseValueHoldsNul() {
    assertThat(NulQueryParameterFilter.parameterWithNul("page=0&partner=KO%00CCA"))
        .isEqualTo("partner");
    assertThat(NulQueryParameterFilter.parameterWithNul("from=%00")).isEqualTo("from");
    assertThat(NulQueryParameterFilter.parameterWithNul("type=%E2%82%AC%00")).isEqualTo("type");
  }

  @Test
  void showsANameHoldingNulStillEncoded() {
    assertThat(NulQueryParameterFilter.parameterWithNul("sta%00tus=DRAFT")).isEqualTo("sta%00tus");
    assertThat(NulQueryParameterFilter.parameterWithNul("%00")).isEqualTo("%00");
  }

  @Test
  void leavesEverythingElseAlone() {
    assertThat(NulQueryParameterFilter.parameterWithNul(null)).isNull();
    assertThat(NulQueryParameterFilter.parameterWithNul("")).isNull();
    assertThat(NulQueryParameterFilter.parameterWithNul("partner=KOCCA&page=0&flag")).isNull();
    assertThat(NulQueryParameterFilter.parameterWithNul("a=%2500&b=100%25")).isNull();
    assertThat(NulQueryParameterFilter.parameterWithNul("a=%ZZ")).isNull();
  }

  @Test
  void malformedEscapesStillCountAnEncodedNul() {
    assertThat(NulQueryParameterFilter.parameterWithNul("a=%00%ZZ")).isEqualTo("a");
  }
}
