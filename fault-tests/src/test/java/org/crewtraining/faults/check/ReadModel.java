package org.crewtraining.faults.check;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.faults.load.Api;

/** reporting-service's query API as the checks read it. */
public final class ReadModel {

  private static final Pattern FIGURES = Pattern.compile("\"figures\"\\s*:\\s*\\{([^}]*)}");

  private final Api api;
  private final String reportingUrl;

  public ReadModel(Api api, String reportingUrl) {
    this.api = api;
    this.reportingUrl = reportingUrl;
  }

  /** A programme as reporting shows it: status and figures; null if reporting does not know it. */
  public record Programme(String status, ProgrammeFigures figures) {}

  public Programme programme(String programId) {
    Api.Reply reply = api.get(reportingUrl + "/api/programs/" + programId);
    if (reply.status() == 404) {
      return null;
    }
    if (!reply.ok()) {
      throw new IllegalStateException("reporting answered " + reply.status() + " " + reply.body());
    }
    Matcher m = FIGURES.matcher(reply.body());
    if (!m.find()) {
      throw new IllegalStateException("no figures in " + reply.body());
    }
    String f = m.group(1);
    return new Programme(
        reply.field("status"),
        new ProgrammeFigures(
            number(f, "enrolled"),
            number(f, "confirmed"),
            number(f, "waitlisted"),
            number(f, "withdrawn"),
            number(f, "cancelled"),
            number(f, "completed"),
            number(f, "notCompleted"),
            number(f, "promotedFromWaitlist")));
  }

  /** How many programmes reporting knows. */
  public long programmeCount() {
    Api.Reply reply = api.get(reportingUrl + "/api/programs?size=1");
    if (!reply.ok()) {
      throw new IllegalStateException("reporting answered " + reply.status() + " " + reply.body());
    }
    return Long.parseLong(reply.field("totalItems"));
  }

  private static long number(String json, String name) {
    String value = Api.field("{" + json + "}", name);
    if (value == null) {
      throw new IllegalStateException("no " + name + " in figures " + json);
    }
    return (long) Double.parseDouble(value);
  }

  /** For failure messages. */
  static String describe(Map<String, ?> differences) {
    StringBuilder text = new StringBuilder();
    differences.forEach((id, d) -> text.append("\n  ").append(id).append(": ").append(d));
    return text.toString();
  }
}
