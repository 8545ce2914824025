package org.crewtraining.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeRangeTest {

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2026-03-02", "2100-12-31"})
  void datesFrom1900To2100AreAccepted(String date) {
    assertThat(DateTimeRange.violation(LocalDate.parse(date))).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1899-12-31",
        "2101-01-01",
        "-5000-01-01",
        "+999999999-12-31",
        "+5874898-01-01",
        "1582-10-10",
        "0001-01-01"
      })
  void datesOutsideAreRefusedWithTheRange(String date) {
    assertThat(DateTimeRange.violation(LocalDate.parse(date)))
        .isEqualTo("must be a date from 1900-01-01 to 2100-12-31");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0001-01-01T00:00:00Z",
        "2024-12-31T23:59:59.999Z",
        "9999-12-31T23:59:59.999Z",
        "1970-01-01T00:00:00Z"
      })
  void instantsFromYear1To9999InMillisecondsAreAccepted(String instant) {
    assertThat(DateTimeRange.violation(Instant.parse(instant))).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-12-31T23:59:59.999Z",
        "+10000-01-01T00:00:00Z",
        "+300000-01-01T00:00:00Z",
        "-4713-01-01T00:00:00Z",
        "+294277-01-01T00:00:00Z"
      })
  void instantsOutsideAreRefusedWithTheRange(String instant) {
    assertThat(DateTimeRange.violation(Instant.parse(instant)))
        .isEqualTo("must be an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-12-31T23:59:59.9999Z",
        "2024-12-31T23:59:59.000001Z",
        "2024-12-31T23:59:59.000000001Z"
      })
  void instantsFinerThanMillisecondsAreRefusedNotTruncated(String instant) {
    assertThat(DateTimeRange.violation(Instant.parse(instant)))
        .isEqualTo("must not be more precise than milliseconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999-12-31T23:59:59.999-01:00", "0001-01-01T00:00:00+09:00"})
  void offsetAndZonedTimesAreCheckedAsTheInstantTheyName(String text) {
    OffsetDateTime offset = OffsetDateTime.parse(text);
    assertThat(DateTimeRange.violation(offset)).startsWith("must be an instant from");
    assertThat(DateTimeRange.violation(offset.toZonedDateTime())).startsWith("must be an instant");
    assertThat(
            DateTimeRange.violation(ZonedDateTime.parse("2024-12-31T23:59:59+09:00[Asia/Seoul]")))
        .isNull();
  }

  @org.junit.jupiter.api.Test
  void nullAndOtherTypesAreNotItsBusiness() {
    assertThat(DateTimeRange.violation(null)).isNull();
    assertThat(DateTimeRange.violation("-5000-01-01")).isNull();
  }

  @org.junit.jupiter.api.Test
  void checkReturnsTheValueOrThrowsTheReason() {
    LocalDate date = LocalDate.of(2026, 3, 2);
    assertThat(DateTimeRange.check(date)).isSameAs(date);
    assertThatThrownBy(() -> DateTimeRange.check(LocalDate.of(2101, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("must be a date from 1900-01-01 to 2100-12-31");
  }
}
