package org.crewtraining.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Content-Type values count as JSON for a state-changing request. */
class JsonWritesOnlyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json;charset=UTF-8",
        "application/problem+json",
        "application/vnd.crew.v1+json"
      })
  void jsonTypesCount(String contentType) {
    assertThat(JsonWritesOnly.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/plain",
        "text/json",
        "application/jsonp",
        "application/json-seq",
        "application/*+json",
        "*/*",
        "json",
        "application/json; charset=\"unclosed"
      })
  void anythingElseDoesNot(String contentType) {
    assertThat(JsonWritesOnly.isJson(contentType)).isFalse();
  }
}
