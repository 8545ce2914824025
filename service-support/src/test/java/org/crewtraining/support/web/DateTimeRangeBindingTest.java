package org.crewtraining.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The range applied where values are bound: JSON bodies (Jackson) and request parameters. */
class DateTimeRangeBindingTest {

  record Schedule(LocalDate startDate, LocalDate endDate) {}

  record Window(Instant from, OffsetDateTime to) {}

  private final JsonMapper json = JsonMapper.builder().addModule(new DateTimeRangeModule()).build();

  @Test
  void jsonDatesInRangeReadAsBefore() {
    Schedule schedule =
        json.readValue("{\"startDate\":\"1900-01-01\",\"endDate\":\"2100-12-31\"}", Schedule.class);
    assertThat(schedule)
        .isEqualTo(new Schedule(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)));
  }

  @Test
  void jsonDateOutOfRangeFailsOnItsField() {
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"startDate\":\"2026-03-02\",\"endDate\":\"+999999999-12-31\"}",
                    Schedule.class))
        .isInstanceOfSatisfying(
            DateTimeRangeModule.OutOfRange.class,
            e -> {
              assertThat(e.getPath())
                  .extracting(r -> r.getPropertyName())
                  .containsExactly("endDate");
              assertThat(e.getOriginalMessage())
                  .isEqualTo("must be a date from 1900-01-01 to 2100-12-31");
            });
  }

  @Test
  void jsonInstantsAreCheckedForRangeAndPrecision() {
    assertThatThrownBy(() -> json.readValue("{\"from\":\"+300000-01-01T00:00:00Z\"}", Window.class))
        .isInstanceOf(DateTimeRangeModule.OutOfRange.class);
    assertThatThrownBy(
            () -> json.readValue("{\"to\":\"2024-12-31T23:59:59.999999+09:00\"}", Window.class))
        .isInstanceOf(DateTimeRangeModule.OutOfRange.class)
        .hasMessageStartingWith("must not be more precise than milliseconds");
    assertThat(json.readValue("{\"from\":\"2024-12-31T23:59:59.999Z\"}", Window.class).from())
        .isEqualTo(Instant.parse("2024-12-31T23:59:59.999Z"));
  }

  @Test
  void datesInsideCollectionsAreCheckedToo() {
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"a\":\"-5000-01-01\"}", new TypeReference<Map<String, LocalDate>>() {}))
        .isInstanceOf(DateTimeRangeModule.OutOfRange.class);
  }

  @Test
  void theServicesOwnStoredOutputIsReadUnchecked() {
    Window replayed =
        json.readerFor(Window.class)
            .withAttribute(DateTimeRangeModule.OWN_OUTPUT, Boolean.TRUE)
            .readValue("{\"from\":\"2024-12-31T23:59:59.123456Z\"}");
    assertThat(replayed.from()).isEqualTo(Instant.parse("2024-12-31T23:59:59.123456Z"));
  }

  // Parameters of a pretend controller method, to get their annotated type descriptors.
  @SuppressWarnings("unused")
  void handler(
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
      LocalDate day,
      Instant plain) {}

  @Test
  void requestParametersAreParsedAsSpringDoesThenChecked() throws Exception {
    DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
    conversion.addConverter(new DateTimeRangeConverter());
    var method =
        getClass().getDeclaredMethod("handler", Instant.class, LocalDate.class, Instant.class);
    TypeDescriptor at = new TypeDescriptor(new MethodParameter(method, 0));
    TypeDescriptor day = new TypeDescriptor(new MethodParameter(method, 1));
    TypeDescriptor string = TypeDescriptor.valueOf(String.class);

    assertThat(conversion.convert("2024-12-31T23:59:59+09:00", string, at))
        .as("@DateTimeFormat still applies: an offset is accepted")
        .isEqualTo(Instant.parse("2024-12-31T14:59:59Z"));
    assertThat(conversion.convert("2026-03-02", string, day)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(conversion.convert("", string, at)).isNull();
    for (String refused :
        new String[] {
          "+300000-01-01T00:00:00Z", "-4713-01-01T00:00:00Z", "2024-01-01T00:00:00.0001Z"
        }) {
      assertThatThrownBy(() -> conversion.convert(refused, string, at))
          .isInstanceOf(ConversionFailedException.class)
          .satisfies(e -> assertThat(InvalidValueException.in(e)).isNotNull());
    }
    assertThatThrownBy(() -> conversion.convert("2101-01-01", string, day))
        .satisfies(
            e ->
                assertThat(InvalidValueException.in(e))
                    .hasMessage("must be a date from 1900-01-01 to 2100-12-31"));
    assertThatThrownBy(() -> conversion.convert("not a date", string, day))
        .isInstanceOf(ConversionFailedException.class)
        .satisfies(e -> assertThat(InvalidValueException.in(e)).isNull());
  }
}
