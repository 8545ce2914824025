package org.crewtraining.support.command;

import java.util.UUID;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * Who asked for a change and which user request it belongs to; copied into every event's metadata.
 * A controller method may take it directly when the endpoint has no other command header.
 *
 * @param correlationId from the {@code X-Correlation-Id} header, or a new UUID when absent
 * @param actor the authenticated account (never a header); null outside an authenticated request
 */
public record CommandContext(String correlationId, String actor) {

  public static final int MAX_LENGTH = 200;

  /**
   * @throws InvalidFieldException (400 naming the header) for a correlation id longer than {@value
   *     #MAX_LENGTH} characters: it is refused, never shortened or replaced
   */
  public static CommandContext of(String correlationHeader, String actor) {
    return new CommandContext(
        isBlank(correlationHeader)
            ? UUID.randomUUID().toString()
            : bounded(CommandHeaders.CORRELATION_ID, correlationHeader.strip()),
        isBlank(actor) ? null : bounded("actor", actor.strip()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String bounded(String name, String value) {
    if (value.length() > MAX_LENGTH) {
      throw new InvalidFieldException(name, "must be at most " + MAX_LENGTH + " characters");
    }
    return value;
  }
}
