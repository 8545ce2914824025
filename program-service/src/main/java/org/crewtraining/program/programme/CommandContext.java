package org.crewtraining.program.programme;

import java.util.UUID;

/**
 * Who asked for a change and which user request it belongs to; copied into every event's metadata.
 *
 * @param correlationId from the {@code X-Correlation-Id} header, or a new UUID
 * @param actor the authenticated account; null outside an authenticated request
 */
public record CommandContext(String correlationId, String actor) {

  static final int MAX_HEADER_LENGTH = 200;

  public static CommandContext of(String correlationHeader, String actor) {
    return new CommandContext(
        isBlank(correlationHeader)
            ? UUID.randomUUID().toString()
            : bounded("X-Correlation-Id", correlationHeader.strip()),
        isBlank(actor) ? null : bounded("actor", actor.strip()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String bounded(String header, String value) {
    if (value.length() > MAX_HEADER_LENGTH) {
      throw new IllegalArgumentException(
          header + " must be at most " + MAX_HEADER_LENGTH + " characters");
    }
    return value;
  }
}
