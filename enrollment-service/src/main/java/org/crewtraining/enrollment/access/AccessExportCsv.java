package org.crewtraining.enrollment.access;

import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.consent.ConsentEntry;
import org.crewtraining.enrollment.participant.Participant;

/**
 * The export as CSV, one value a line: {@code section,item,field,value}, so every section fits one
 * sheet whatever its columns. Quoted per RFC 4180; a value starting like a formula is prefixed with
 * an apostrophe, so a spreadsheet shows it instead of running it.
 */
final class AccessExportCsv {

  private final StringBuilder csv = new StringBuilder("section,item,field,value\r\n");

  private AccessExportCsv() {}

  static String of(AccessExport export) {
    AccessExportCsv out = new AccessExportCsv();
    Participant p = export.participant();
    String id = p.participantId();
    out.row("export", id, "exportedAt", export.exportedAt());
    out.row("participant", id, "participantId", id);
    out.row("participant", id, "name", p.name());
    out.row("participant", id, "email", p.email());
    out.row("participant", id, "organisation", p.organisation());
    out.row("participant", id, "participantType", p.participantType());
    out.row("participant", id, "craft", p.craft());
    out.row("participant", id, "registeredAt", p.registeredAt());
    if (p.erasure() != null) {
      out.row("participant", id, "erasedAt", p.erasure().erasedAt());
      out.row("participant", id, "erasureBasis", p.erasure().basis());
      out.row("participant", id, "erasureReasonCode", p.erasure().reasonCode());
    }
    List<ConsentEntry> history = export.consents().history();
    for (int i = 0; i < history.size(); i++) {
      ConsentEntry e = history.get(i);
      String item = String.valueOf(i + 1);
      out.row("consent", item, "purpose", e.purpose());
      out.row("consent", item, "action", e.action());
      out.row("consent", item, "noticeVersion", e.noticeVersion());
      out.row("consent", item, "occurredAt", e.occurredAt());
      out.row("consent", item, "recordedBy", e.recordedBy());
    }
    out.rows("enrollment", "enrollment_id", export.enrollments());
    out.rows("application", "application_id", export.applications());
    out.rows("certificate", "certificate_id", export.certificates());
    return out.csv.toString();
  }

  private void rows(String section, String idColumn, List<Map<String, Object>> items) {
    for (Map<String, Object> item : items) {
      String id = String.valueOf(item.get(idColumn));
      item.forEach(
          (field, value) -> {
            if (value instanceof Map<?, ?> map) {
              map.forEach((k, v) -> row(section, id, field + "." + k, v));
            } else {
              row(section, id, field, value);
            }
          });
    }
  }

  private void row(String section, String item, String field, Object value) {
    csv.append(cell(section))
        .append(',')
        .append(cell(item))
        .append(',')
        .append(cell(field))
        .append(',')
        .append(cell(value == null ? "" : String.valueOf(value)))
        .append("\r\n");
  }

  private static String cell(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
