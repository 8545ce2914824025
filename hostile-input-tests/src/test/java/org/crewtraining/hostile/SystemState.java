package org.crewtraining.hostile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write side of the system at one moment: a fingerprint (row count and a digest of every row)
 * of each table a request can change, and the outbox row counts (every event a service writes goes
 * through its outbox). Two states differ exactly when a request changed a row or wrote an event.
 */
record SystemState(Map<String, String> tables, long events) {

  private static final String PROGRAM_VIEW_CONSUMER = "enrollment-service.program-view";
  private static final List<String> PROGRAM_TABLES =
      List.of(
          "program",
          "program_session",
          "program_completion_rule",
          "program_admission",
          "program_admission_quota",
          "idempotency_key");
  private static final List<String> ENROLLMENT_TABLES =
      List.of(
          "participant",
          "enrollment",
          "attendance_entry",
          "assessment_entry",
          "certificate",
          "application",
          "application_answer",
          "selection_run",
          "idempotency_key");

  static SystemState of(Services services) {
    Map<String, String> tables = new LinkedHashMap<>();
    long events = 0;
    for (Map.Entry<String, List<String>> service :
        Map.of("program-service", PROGRAM_TABLES, "enrollment-service", ENROLLMENT_TABLES)
            .entrySet()) {
      List<String> names = service.getValue();
      StringBuilder sql = new StringBuilder("SELECT (SELECT count(*) FROM outbox_event)");
      for (String table : names) {
        sql.append(", (SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'")
            .append(" ORDER BY t::text)), '') FROM ")
            .append(table)
            .append(" t)");
      }
      List<String> row =
          Services.row(
              service.getKey().equals("program-service")
                  ? services.programDb
                  : services.enrollmentDb,
              sql.toString());
      events += Long.parseLong(row.get(0));
      for (int i = 0; i < names.size(); i++) {
        tables.put(service.getKey() + "." + names.get(i), row.get(i + 1));
      }
    }
    return new SystemState(tables, events);
  }

  /**
   * Waits until enrollment-service has applied every programme event written so far: what it does
   * in reaction (cancelling enrollments, promoting from the waitlist) is then done and cannot be
   * mistaken for the doing of a later request.
   */
  static void settle(Services services) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                Services.count(services.programDb, "SELECT count(*) FROM outbox_event")
                    == Services.count(
                        services.enrollmentDb,
                        "SELECT count(*) FROM processed_event WHERE consumer = '"
                            + PROGRAM_VIEW_CONSUMER
                            + "'"));
  }

  /** Rows changed since {@code before}: per changed table at least one, or the count difference. */
  long rowsChangedSince(SystemState before) {
    long changed = 0;
    for (Map.Entry<String, String> table : tables.entrySet()) {
      String earlier = before.tables.get(table.getKey());
      if (!table.getValue().equals(earlier)) {
        changed += Math.max(1, Math.abs(rows(table.getValue()) - rows(earlier)));
      }
    }
    return changed;
  }

  long eventsSince(SystemState before) {
    return events - before.events;
  }

  /** The tables whose rows differ from {@code before}, for messages. */
  String changedTablesSince(SystemState before) {
    StringBuilder names = new StringBuilder();
    tables.forEach(
        (name, print) -> {
          if (!print.equals(before.tables.get(name))) {
            names.append(names.isEmpty() ? "" : ", ").append(name);
          }
        });
    return names.toString();
  }

  private static long rows(String fingerprint) {
    return Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
  }
}
