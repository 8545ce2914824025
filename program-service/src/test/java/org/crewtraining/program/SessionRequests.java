package org.crewtraining.program;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session request bodies as plain maps (see {@link ProgramRequests#with} to break one field). The
 * dates lie within those of {@link ProgramRequests#create()}, 2026-03-02 to 2026-03-27.
 */
public final class SessionRequests {

  /** Carries a passcode: it must never reach the bus. */
  public static final String ONLINE_LINK = "https://meet.example.org/j/8812?pwd=Xq7-passcode";

  private SessionRequests() {}

  /** A hybrid session on 2026-03-03, 09:00-12:00, counting 170 minutes (a break excluded). */
  public static Map<String, Object> schedule() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", "2026-03-03");
    body.put("startTime", "09:00");
    body.put("endTime", "12:00");
    body.put("contactMinutes", 170);
    body.put("deliveryMode", "HYBRID");
    body.put("topic", "Colour pipelines for HDR delivery");
    body.put("location", "Busan Cinema Center, room 2");
    body.put("onlineLink", ONLINE_LINK);
    return body;
  }

  public static Map<String, Object> reschedule(
      String date, String start, String end, int minutes, String reasonCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", date);
    body.put("startTime", start);
    body.put("endTime", end);
    body.put("contactMinutes", minutes);
    body.put("reasonCode", reasonCode);
    return body;
  }
}
