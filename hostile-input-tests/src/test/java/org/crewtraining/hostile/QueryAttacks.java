package org.crewtraining.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * GET requests to every list and filter endpoint with a plausible query in which one parameter's
 * name or value carries a NUL ({@code %00}) somewhere.
 */
final class QueryAttacks {

  /** A list or filter endpoint and valid values for each of its parameters. */
  record Endpoint(String baseUrl, String path, Map<String, String> parameters) {}

  record Query(String url, String description) {
    @Override
    public String toString() {
      return description;
    }
  }

  private QueryAttacks() {}

  static List<Endpoint> endpoints(Services s, String programId, String participantId) {
    Map<String, String> programmeFilters =
        params(
            "status",
            "PUBLISHED",
            "partner",
            "KOCCA",
            "format",
            "SEMINAR",
            "track",
            "SOUND",
            "cohortYear",
            "2025",
            "page",
            "0",
            "size",
            "20");
    Map<String, String> auditFilters =
        params(
            "programId",
            programId,
            "participantId",
            participantId,
            "enrollmentId",
            "enr-x",
            "type",
            "ProgramCreated",
            "from",
            "2020-01-01T00:00:00Z",
            "to",
            "2030-01-01T00:00:00Z");
    Map<String, String> auditPage = new LinkedHashMap<>(auditFilters);
    auditPage.put("size", "10");
    return List.of(
        new Endpoint(s.programUrl, "/programs", programmeFilters),
        new Endpoint(s.enrollmentUrl, "/programs/" + programId + "/roster", Map.of()),
        new Endpoint(s.enrollmentUrl, "/programs/" + programId + "/waitlist", Map.of()),
        new Endpoint(s.enrollmentUrl, "/participants/" + participantId + "/enrollments", Map.of()),
        new Endpoint(s.reportingUrl, "/api/programs", programmeFilters),
        new Endpoint(
            s.reportingUrl, "/api/rollups/TRACK", params("cohortYear", "2025", "page", "0")),
        new Endpoint(s.reportingUrl, "/api/audit/events", auditPage),
        new Endpoint(s.reportingUrl, "/api/audit/export", auditFilters),
        new Endpoint(s.reportingUrl, "/api/reports/as-of", params("at", "2025-01-01T00:00:00Z")),
        new Endpoint(
            s.enrollmentUrl,
            "/programs/" + programId + "/applications",
            params("status", "SUBMITTED")),
        new Endpoint(
            s.reportingUrl,
            "/api/crew/distinct",
            params(
                "fromYear",
                "2022",
                "toYear",
                "2024",
                "partner",
                "KOCCA",
                "format",
                "SHORT_COURSE",
                "track",
                "VFX",
                "participantType",
                "UNIVERSITY_STUDENT")));
  }

  static Arbitrary<Query> queries(List<Endpoint> endpoints) {
    return Arbitraries.of(endpoints).flatMap(QueryAttacks::queriesOf);
  }

  private static Arbitrary<Query> queriesOf(Endpoint endpoint) {
    List<String> names = new ArrayList<>(endpoint.parameters().keySet());
    Arbitrary<String> extraName = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(
            names.isEmpty()
                ? Arbitraries.just(java.util.Set.<String>of())
                : Arbitraries.subsetOf(names),
            names.isEmpty() ? extraName : Arbitraries.oneOf(Arbitraries.of(names), extraName),
            Arbitraries.of(true, false),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 3))
        .as(
            (present, victim, inName, where, nuls) -> {
              Map<String, String> query = new LinkedHashMap<>();
              for (String name : names) {
                if (present.contains(name)) {
                  query.put(name, endpoint.parameters().get(name));
                }
              }
              String value = endpoint.parameters().getOrDefault(victim, "x");
              query.remove(victim);
              String hostileName = inName ? withNul(victim, where, nuls) : victim;
              String hostileValue = inName ? value : withNul(value, where, nuls);
              String encoded =
                  query.entrySet().stream()
                      .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                      .collect(Collectors.joining("&"));
              String attack = encode(hostileName) + "=" + encode(hostileValue);
              encoded = encoded.isEmpty() ? attack : encoded + "&" + attack;
              String url = endpoint.baseUrl() + endpoint.path() + "?" + encoded;
              return new Query(url, endpoint.path() + "?" + encoded);
            });
  }

  private static String withNul(String text, double where, int nuls) {
    int at = (int) Math.round(where * text.length());
    return text.substring(0, at) + "\0".repeat(nuls) + text.substring(at);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, String> params(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
