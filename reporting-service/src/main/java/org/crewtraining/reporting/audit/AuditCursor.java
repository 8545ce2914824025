package org.crewtraining.reporting.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset position in the trail's total order (occurredAt, eventId): pages stay stable while new
 * events arrive, unlike offsets. Opaque to clients (base64url).
 */
public record AuditCursor(Instant occurredAt, UUID eventId) {

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((occurredAt + "|" + eventId).getBytes(StandardCharsets.UTF_8));
  }

  public static AuditCursor decode(String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      return new AuditCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Invalid cursor: " + cursor, e);
    }
  }
}
