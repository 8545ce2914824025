package org.crewtraining.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies that are mostly almost right: each field is valid, a boundary value, a value of
 * another type, null, or missing; now and then the body is not JSON at all.
 */
final class Payloads {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Object ABSENT = new Object();

  private Payloads() {}

  record Field(String name, Arbitrary<Object> valid, Arbitrary<Object> boundary) {}

  static Field field(String name, Arbitrary<?> valid, Arbitrary<?> boundary) {
    return new Field(name, valid.map(v -> (Object) v), boundary.map(v -> (Object) v));
  }

  static Arbitrary<String> bodies(List<Field> fields) {
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (Field field : fields) {
      values.add(
          Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(6, field.valid()),
              net.jqwik.api.Tuple.of(2, field.boundary()),
              net.jqwik.api.Tuple.of(1, anyValue()),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(ABSENT))));
    }
    Arbitrary<String> json =
        Combinators.combine(values)
            .as(
                list -> {
                  Map<String, Object> body = new LinkedHashMap<>();
                  for (int i = 0; i < fields.size(); i++) {
                    if (list.get(i) != ABSENT) {
                      body.put(fields.get(i).name(), list.get(i));
                    }
                  }
                  return JSON.writeValueAsString(body);
                });
    Arbitrary<String> garbage =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(200),
            Arbitraries.of("", "{", "[]", "null", "{\"title\":", "{\"capacity\":1e999}", "\u0000"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, json), net.jqwik.api.Tuple.of(1, garbage));
  }

  /**
   * For a field the API no longer knows (e.g. the retired free-text {@code reason}): mostly left
   * out, present only with the random values every field gets now and then, which must be refused.
   */
  static Arbitrary<Object> absent() {
    return Arbitraries.just(ABSENT);
  }

  /** A reason code: mostly one of {@code symbols}, sometimes UNSPECIFIED or a near miss. */
  static Field reasonCode(String... symbols) {
    return field(
        "reasonCode",
        Arbitraries.of(symbols),
        Arbitraries.of(
            "UNSPECIFIED", "", "other", " OTHER", "OTHER ", "0", "REASON", symbols[0] + "\u0000"));
  }

  /**
   * If-Match and Idempotency-Key as a client might send them: absent, a plausible or stale ETag, a
   * wildcard, a weak tag, a negative or overlong version, or printable junk.
   */
  static Arbitrary<Map<String, String>> commandHeaders() {
    Arbitrary<String> junk =
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(300);
    Arbitrary<String> ifMatch =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.of(
                "\"1\"", "\"0\"", "*", "W/\"1\"", "W/\"2\"", "\"-1\"", "\"99999999999999999999\""),
            junk);
    Arbitrary<String> key =
        Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().alpha().ofLength(36), junk);
    return Combinators.combine(ifMatch, key)
        .as(
            (match, idempotency) -> {
              Map<String, String> headers = new LinkedHashMap<>();
              if (!match.isEmpty()) {
                headers.put("If-Match", match);
              }
              if (!idempotency.isEmpty()) {
                headers.put("Idempotency-Key", idempotency);
              }
              return headers;
            });
  }

  static Arbitrary<Object> anyValue() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().ofMaxLength(300).map(v -> (Object) v),
        Arbitraries.integers().map(v -> (Object) v),
        Arbitraries.longs().map(v -> (Object) v),
        Arbitraries.doubles().map(v -> (Object) v),
        Arbitraries.of(true, false).map(v -> (Object) v),
        Arbitraries.just(List.of()),
        Arbitraries.just(Map.of("nested", List.of(1, "x"))));
  }
}
