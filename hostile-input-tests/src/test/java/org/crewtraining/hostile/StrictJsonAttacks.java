package org.crewtraining.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A valid request with exactly one thing a lenient binder would coerce or repair: a lone surrogate,
 * an enum from a number or a padded string, a string or boolean for a number, a float for an
 * integer, a duplicate key, an unknown field, a weak If-Match.
 */
final class StrictJsonAttacks {

  /** What a request is aimed at; the campaign builds a fresh one per request. */
  enum Target {
    NONE,
    DRAFT_PROGRAMME,
    CONFIRMED_ENROLLMENT
  }

  /**
   * @param path with {@code {id}} for the target's id
   * @param ifMatch an If-Match header with {@code {version}} for the target's version, or null
   */
  record Attack(
      String description,
      Target target,
      String service,
      String method,
      String path,
      String body,
      String ifMatch) {

    @Override
    public String toString() {
      return description + " " + method + " " + path + " " + body + " If-Match=" + ifMatch;
    }
  }

  private static final List<String> LONE_SURROGATES =
      List.of(
          "\"Sur\\ud800rogate\"",
          "\"\\udfff\"",
          "\"low first \\ude00\\ud83d\"",
          "\"high at the end \\ud83d\"");

  private StrictJsonAttacks() {}

  static Arbitrary<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    Map<String, String> programme = programme();
    for (String field : List.of("title", "location")) {
      for (String surrogate : LONE_SURROGATES) {
        attacks.add(create("lone surrogate in " + field, programme, field, surrogate));
      }
    }
    attacks.add(create("lone surrogate in partners", programme, "partners", "[\"\\ud800\"]"));
    for (String field : List.of("track", "format", "audience", "deliveryMode")) {
      attacks.add(create(field + " from a number", programme, field, "1"));
      attacks.add(create(field + " from 0", programme, field, "0"));
    }
    attacks.add(create("padded enum", programme, "format", "\" SHORT_COURSE\""));
    attacks.add(create("padded enum", programme, "format", "\"SEMINAR \""));
    attacks.add(create("padded enum", programme, "track", "\"\\tSOUND\""));
    attacks.add(create("padded enum", programme, "audience", "\"\\u00a0OPEN\""));
    attacks.add(create("padded enum", programme, "deliveryMode", "\"ONLINE\\n\""));
    attacks.add(create("string for a number", programme, "capacity", "\"5\""));
    attacks.add(create("string for a number", programme, "cohortYear", "\"2025\""));
    attacks.add(create("string for a number", programme, "plannedHours", "\"40\""));
    attacks.add(create("boolean for a number", programme, "capacity", "true"));
    attacks.add(create("float for an int", programme, "cohortYear", "2027.9"));
    attacks.add(create("float for an int", programme, "capacity", "5.5"));
    attacks.add(create("float for an int", programme, "plannedHours", "39.5"));
    attacks.add(withExtra("duplicate key", programme, "title", "\"Second title\""));
    attacks.add(withExtra("duplicate key", programme, "capacity", "51"));
    attacks.add(withExtra("unknown field", programme, "unexpected", "1"));
    attacks.add(withExtra("unknown field", programme, "status", "\"PUBLISHED\""));
    attacks.add(withExtra("unknown field", programme, "programId", "\"prg-chosen\""));

    Map<String, String> participant = participant();
    for (String field : List.of("name", "organisation")) {
      attacks.add(register("lone surrogate in " + field, participant, field, "\"Kim \\ud800\""));
    }
    attacks.add(register("participantType from a number", participant, "participantType", "0"));
    attacks.add(register("padded enum", participant, "participantType", "\" INDUSTRY_WORKER\""));
    attacks.add(register("craft from a number", participant, "craft", "2"));
    attacks.add(registerWithExtra("duplicate key", participant, "craft", "\"VFX\""));
    attacks.add(registerWithExtra("unknown field", participant, "participantId", "\"ptc-mine\""));

    for (String capacity : List.of("\"60\"", "60.5", "true", "[60]")) {
      attacks.add(capacity("capacity " + capacity, "{\"capacity\":" + capacity + "}"));
    }
    attacks.add(capacity("duplicate key", "{\"capacity\":60,\"capacity\":61}"));
    attacks.add(capacity("unknown field", "{\"capacity\":60,\"reason\":\"more room\"}"));
    for (String tag : List.of("W/\"{version}\"", "W/\"1\"", "w/\"{version}\"")) {
      attacks.add(
          new Attack(
              "weak If-Match",
              Target.DRAFT_PROGRAMME,
              "program",
              "PUT",
              "/programs/{id}/capacity",
              "{\"capacity\":77}",
              tag));
      attacks.add(
          new Attack(
              "weak If-Match",
              Target.DRAFT_PROGRAMME,
              "program",
              "POST",
              "/programs/{id}/publish",
              "",
              tag));
    }

    for (String outcome : List.of("0", "1", "\" COMPLETED\"", "\"COMPLETED \"")) {
      attacks.add(completion("outcome " + outcome, "outcome", outcome));
    }
    attacks.add(completion("string for a number", "hoursCompleted", "\"40\""));
    attacks.add(completion("lone surrogate in certificateId", "certificateId", "\"C\\ud800\""));
    attacks.add(
        progress("string for a number", "{\"sessionsAttended\":\"3\",\"hoursAttended\":4}"));
    attacks.add(progress("float for an int", "{\"sessionsAttended\":2.5,\"hoursAttended\":4}"));
    attacks.add(progress("duplicate key", "{\"sessionsAttended\":2,\"sessionsAttended\":3}"));
    return Arbitraries.of(attacks);
  }

  private static Attack create(String what, Map<String, String> base, String field, String raw) {
    Map<String, String> body = new LinkedHashMap<>(base);
    body.put(field, raw);
    return new Attack(
        what, Target.NONE, "program", "POST", "/programs", JsonText.object(body), null);
  }

  /** Appends {@code field} to the body even when it is already there (a duplicate key). */
  private static Attack withExtra(String what, Map<String, String> base, String field, String raw) {
    String body = JsonText.object(base);
    body = body.substring(0, body.length() - 1) + "," + JsonText.quote(field) + ":" + raw + "}";
    return new Attack(what, Target.NONE, "program", "POST", "/programs", body, null);
  }

  private static Attack register(String what, Map<String, String> base, String field, String raw) {
    Map<String, String> body = new LinkedHashMap<>(base);
    body.put(field, raw);
    return new Attack(
        what, Target.NONE, "enrollment", "POST", "/participants", JsonText.object(body), null);
  }

  private static Attack registerWithExtra(
      String what, Map<String, String> base, String field, String raw) {
    String body = JsonText.object(base);
    body = body.substring(0, body.length() - 1) + "," + JsonText.quote(field) + ":" + raw + "}";
    return new Attack(what, Target.NONE, "enrollment", "POST", "/participants", body, null);
  }

  private static Attack capacity(String what, String body) {
    return new Attack(
        what, Target.DRAFT_PROGRAMME, "program", "PUT", "/programs/{id}/capacity", body, null);
  }

  private static Attack completion(String what, String field, String raw) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("outcome", "\"COMPLETED\"");
    body.put("hoursCompleted", "40");
    body.put("completionDate", JsonText.quote(java.time.LocalDate.now().minusDays(1).toString()));
    body.put("certificateId", "\"CERT-1\"");
    body.put(field, raw);
    return new Attack(
        what,
        Target.CONFIRMED_ENROLLMENT,
        "enrollment",
        "PUT",
        "/enrollments/{id}/completion",
        JsonText.object(body),
        null);
  }

  private static Attack progress(String what, String body) {
    return new Attack(
        what,
        Target.CONFIRMED_ENROLLMENT,
        "enrollment",
        "POST",
        "/enrollments/{id}/progress",
        body,
        null);
  }

  private static Map<String, String> programme() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("title", "\"Strict target\"");
    body.put("partners", "[\"KOCCA\"]");
    body.put("format", "\"SEMINAR\"");
    body.put("track", "\"SOUND\"");
    body.put("audience", "\"OPEN\"");
    body.put("capacity", "50");
    body.put("startDate", "\"2025-03-01\"");
    body.put("endDate", "\"2025-03-02\"");
    body.put("deliveryMode", "\"ONLINE\"");
    body.put("cohortYear", "2025");
    body.put("plannedHours", "40");
    body.put("location", "\"Seoul\"");
    body.put("instructionLanguage", "\"ko\"");
    return body;
  }

  private static Map<String, String> participant() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("name", "\"Strict Kim\"");
    body.put("email", "\"strict.{uuid}@example.org\"");
    body.put("organisation", "\"Studio\"");
    body.put("participantType", "\"INDUSTRY_WORKER\"");
    body.put("craft", "\"SOUND\"");
    body.put(
        "consents", "[{\"purpose\":\"TRAINING_ADMINISTRATION\",\"noticeVersion\":\"2026-01\"}]");
    return body;
  }
}
