package org.crewtraining.reporting.audit;

import org.crewtraining.contracts.EventJson;

/** One audited event as one JSON line, same fields as the paged API, written without a tree. */
final class JsonLines {

  private JsonLines() {}

  static void append(StringBuilder out, AuditedEvent e) {
    out.append('{');
    field(out, "eventId", e.eventId().toString(), true);
    field(out, "type", e.type(), false);
    field(out, "topic", e.topic(), false);
    out.append(",\"partition\":").append(e.partition());
    out.append(",\"offset\":").append(e.offset());
    field(out, "key", e.key(), false);
    field(out, "occurredAt", e.occurredAt().toString(), false);
    field(out, "source", e.source(), false);
    field(out, "correlationId", e.correlationId(), false);
    field(out, "causationId", e.causationId(), false);
    field(out, "actor", e.actor(), false);
    field(out, "programId", e.programId(), false);
    field(out, "participantId", e.participantId(), false);
    field(out, "enrollmentId", e.enrollmentId(), false);
    out.append(",\"payload\":").append(e.payload()).append('}');
  }

  private static void field(StringBuilder out, String name, String value, boolean first) {
    out.append(first ? "\"" : ",\"").append(name).append("\":");
    if (value == null) {
      out.append("null");
    } else {
      EventJson.string(out, value);
    }
  }
}
