package org.crewtraining.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What the strict mapper refuses, and the field and message each refusal names. */
class StrictJsonBindingTest {

  enum Track {
    DIRECTING,
    POST_PRODUCTION
  }

  record Nested(Integer count) {}

  record Body(
      String title,
      Integer capacity,
      Double hours,
      Boolean online,
      Track track,
      LocalDate startDate,
      List<String> partners,
      Map<String, String> labels,
      Nested nested) {}

  record WithPrimitive(long primitive) {}

  private static final JsonMapper MAPPER = strictMapper();

  private static JsonMapper strictMapper() {
    JsonMapper.Builder builder = JsonMapper.builder();
    new StrictJsonBinding().customize(builder);
    return builder.build();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        refused("{\"title\":\"Sur\\ud800rogate\"}", "title", "unpaired surrogate \\uD800"),
        refused("{\"title\":\"end\\udc00\"}", "title", "unpaired surrogate \\uDC00"),
        refused("{\"title\":\"a\\u0000b\"}", "title", "NUL"),
        refused("{\"partners\":[\"ok\",\"x\\ud83d\"]}", "partners[1]", "unpaired surrogate"),
        refused("{\"labels\":{\"k\\ud800\":\"v\"}}", "labels", "unpaired surrogate"),
        refused("{\"title\":5}", "title", "expected a string, got an integer"),
        refused("{\"title\":1.5}", "title", "expected a string, got a decimal number"),
        refused("{\"title\":true}", "title", "expected a string, got a boolean"),
        refused("{\"capacity\":\"5\"}", "capacity", "expected an integer, got a string"),
        refused("{\"capacity\":2027.9}", "capacity", "expected an integer, got a decimal number"),
        refused("{\"capacity\":20.0}", "capacity", "expected an integer, got a decimal number"),
        refused("{\"capacity\":true}", "capacity", "expected an integer, got a boolean"),
        refused("{\"capacity\":{}}", "capacity", "expected an integer, got an object"),
        refused("{\"hours\":\"2.5\"}", "hours", "expected a number, got a string"),
        refused("{\"hours\":\"NaN\"}", "hours", "expected a number, got a string"),
        refused("{\"online\":0}", "online", "expected true or false, got an integer"),
        refused("{\"online\":\"true\"}", "online", "expected true or false, got a string"),
        refused("{\"track\":1}", "track", "expected one of [DIRECTING, POST_PRODUCTION]"),
        refused("{\"track\":\"1\"}", "track", "'1' is not one of [DIRECTING, POST_PRODUCTION]"),
        refused("{\"track\":\" DIRECTING\"}", "track", "' DIRECTING' is not one of"),
        refused("{\"track\":\"DIRECTING \"}", "track", "is not one of"),
        refused("{\"track\":\"directing\"}", "track", "'directing' is not one of"),
        refused("{\"track\":\"\"}", "track", "is not one of"),
        refused("{\"startDate\":20000}", "startDate", "expected a date like 2026-03-02"),
        refused("{\"startDate\":[2026,3,2]}", "startDate", "expected a date like 2026-03-02"),
        refused("{\"startDate\":\"2026-03-02T10:00\"}", "startDate", "is not a date like"),
        refused("{\"startDate\":\"\"}", "startDate", "a date like 2026-03-02"),
        refused("{\"partners\":\"KOCCA\"}", "partners", "expected an array, got a string"),
        refused("{\"nested\":{\"count\":\"3\"}}", "nested.count", "expected an integer"),
        refused("{\"nested\":\"\"}", "nested", "expected an object"),
        refused("{\"colour\":\"red\"}", "colour", "is not a field of this request"),
        refused("{\"title\":\"a\",\"title\":\"b\"}", "title", "appears more than once"),
        refused("{\"nested\":{\"count\":1,\"count\":2}}", "nested.count", "more than once"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesAndNamesTheField(String json, String field, String message) {
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> read(json));

    assertThat(e).as(json).isNotNull();
    FieldError error = JsonReadProblems.fieldError(e);
    assertThat(error).as(e.getMessage()).isNotNull();
    assertThat(error.field()).isEqualTo(field);
    assertThat(error.message()).contains(message);
  }

  @Test
  void readsExactInputUnchanged() {
    Body body =
        read(
            "{\"title\":\"Film \\ud83c\\udfac 촬영\",\"capacity\":20,\"hours\":40,"
                + "\"online\":false,\"track\":\"POST_PRODUCTION\",\"startDate\":\"2026-03-02\","
                + "\"partners\":[\"KOCCA\"],\"labels\":{\"k\":\"v\"},\"nested\":null}");

    assertThat(body.title()).isEqualTo("Film \uD83C\uDFAC 촬영");
    assertThat(body.capacity()).isEqualTo(20);
    assertThat(body.hours()).isEqualTo(40.0);
    assertThat(body.track()).isEqualTo(Track.POST_PRODUCTION);
    assertThat(body.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(body.nested()).isNull();
  }

  @Test
  void refusesNullOrNothingForAPrimitive() {
    for (String json : List.of("{\"primitive\":null}", "{}")) {
      JacksonException e =
          catchThrowableOfType(
              JacksonException.class, () -> MAPPER.readValue(json, WithPrimitive.class));
      assertThat(JsonReadProblems.fieldError(e))
          .isEqualTo(new FieldError("primitive", "must not be null (expected an integer)"));
    }
  }

  @Test
  void trailingContentIsNotIgnored() {
    assertThat(catchThrowableOfType(JacksonException.class, () -> read("{} {\"title\":1}")))
        .isNotNull();
  }

  private static Body read(String json) {
    return MAPPER.readValue(json, Body.class);
  }

  private static Arguments refused(String json, String field, String message) {
    return Arguments.of(json, field, message);
  }
}
