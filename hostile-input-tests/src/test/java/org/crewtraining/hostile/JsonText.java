package org.crewtraining.hostile;

import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON written by hand where a mapper would refuse or repair the text: lone surrogate escapes,
 * duplicate keys, numbers where strings belong.
 */
final class JsonText {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonText() {}

  static String quote(String text) {
    return JSON.writeValueAsString(text);
  }

  /** An object of already-written JSON values, in the map's order. */
  static String object(Map<String, String> rawValues) {
    return rawValues.entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }
}
