package org.crewtraining.program.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class VersionTagTest {

  @Test
  void readsTheTagsThisApiIssues() {
    assertThat(VersionTag.parseIfMatch(VersionTag.of(3))).isEqualTo(3L);
    assertThat(VersionTag.parseIfMatch("\"0\"")).isZero();
    assertThat(VersionTag.parseIfMatch(" \"12\" ")).isEqualTo(12L);
    assertThat(VersionTag.parseIfMatch("*")).isNull();
    assertThat(VersionTag.parseIfMatch(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"1\"", "W/\"3\"", "W/\"\""})
  void aWeakTagNeverMatches(String header) {
    ErrorResponseException e = refusal(header);
    assertThat(e.getStatusCode().value()).isEqualTo(412);
    assertThat(e.getBody().getProperties()).containsKey("errors");
    assertThat(e.getBody().getDetail()).startsWith("If-Match");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "\"03\"",
        "\"-1\"",
        "\"+1\"",
        "\"1\", \"2\"",
        "\"1",
        "\"abc\"",
        "\"99999999999999999999\"",
        "\"9999999999999999999\"",
        "",
        " ",
        "**",
        "w/\"1\"",
        "yesterday"
      })
  void anythingElseIsABadRequestNamingTheHeader(String header) {
    ErrorResponseException e = refusal(header);
    assertThat(e.getStatusCode().value()).as(header).isEqualTo(400);
    assertThat(e.getBody().getProperties().get("errors").toString()).contains("If-Match");
  }

  private static ErrorResponseException refusal(String header) {
    ErrorResponseException e =
        catchThrowableOfType(ErrorResponseException.class, () -> VersionTag.parseIfMatch(header));
    assertThat(e).as(header).isNotNull();
    return e;
  }
}
