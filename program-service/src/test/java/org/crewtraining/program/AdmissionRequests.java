package org.crewtraining.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admission bodies as plain maps, so a test can break exactly one field. They fit the programme of
 * {@link ProgramRequests#create()}: capacity 20, starting 2026-03-02.
 */
public final class AdmissionRequests {

  private AdmissionRequests() {}

  public static Map<String, Object> firstCome() {
    return new LinkedHashMap<>(Map.of("mode", "FIRST_COME"));
  }

  /** Applications 2 to 16 February 2026 (Korean time), two questions, two quotas, 72 h offers. */
  public static Map<String, Object> byApplication() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mode", "APPLICATION");
    body.put("applicationsOpenAt", "2026-02-02T09:00:00+09:00");
    body.put("applicationsCloseAt", "2026-02-16T18:00:00+09:00");
    body.put("questions", List.of("MOTIVATION", "PORTFOLIO_LINK"));
    body.put("quotas", List.of(studentQuota(5, 10), vfxQuota(0, 4)));
    body.put("offerValidityHours", 72);
    return body;
  }

  public static Map<String, Object> studentQuota(int minSeats, int maxSeats) {
    return quota("participantType", "UNIVERSITY_STUDENT", minSeats, maxSeats);
  }

  public static Map<String, Object> vfxQuota(int minSeats, int maxSeats) {
    return quota("craft", "VFX", minSeats, maxSeats);
  }

  public static Map<String, Object> quota(String key, String group, int minSeats, int maxSeats) {
    Map<String, Object> quota = new LinkedHashMap<>();
    quota.put(key, group);
    quota.put("minSeats", minSeats);
    quota.put("maxSeats", maxSeats);
    return quota;
  }

  public static String path(String programId) {
    return "/programs/" + programId + "/admission";
  }
}
