package org.crewtraining.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as plain maps, so a test can break exactly one field. */
public final class ProgramRequests {

  private ProgramRequests() {}

  public static Map<String, Object> create() {
    return create("KOCCA");
  }

  public static Map<String, Object> create(String partner) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Colour grading for streaming series");
    body.put("partners", List.of(partner, "Busan Film Commission"));
    body.put("format", "SHORT_COURSE");
    body.put("track", "POST_PRODUCTION");
    body.put("audience", "INDUSTRY_WORKER");
    body.put("capacity", 20);
    body.put("startDate", "2026-03-02");
    body.put("endDate", "2026-03-27");
    body.put("deliveryMode", "HYBRID");
    body.put("cohortYear", 2026);
    body.put("location", "Busan Cinema Center");
    body.put("plannedHours", 40);
    body.put("instructionLanguage", "ko");
    return body;
  }

  /** A copy of {@code body} with one field set (or removed when {@code value} is null). */
  public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    if (value == null) {
      copy.remove(field);
    } else {
      copy.put(field, value);
    }
    return copy;
  }
}
