package org.crewtraining.reporting.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.crewtraining.support.web.DateTimeRange;
import org.crewtraining.support.web.InvalidValueException;

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

  /**
   * The cursor a page handed out. Anything else is refused with an {@link InvalidValueException},
   * including a forged one whose instant lies outside the API's {@link DateTimeRange}. Also what
   * Spring uses to bind a {@code cursor} request parameter, so a bad one is a 400 naming it.
   */
  public static AuditCursor valueOf(String cursor) {
    AuditCursor decoded;
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("not two parts");
      }
      decoded = new AuditCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw new InvalidValueException("is not a cursor from a previous page (nextCursor)");
    }
    DateTimeRange.check(decoded.occurredAt());
    return decoded;
  }
}
