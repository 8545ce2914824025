package org.crewtraining.program.programme;

/**
 * The optional headers of every change request, bound by {@link CommandHeadersSupport}.
 *
 * @param ifMatch ETag of the version the client saw; a change to another version is refused
 * @param idempotencyKey makes a retried request return the first answer instead of running again
 * @param correlationId ties the emitted events to the caller's request; generated when absent
 * @param actor the authenticated account making the change (never taken from a header)
 */
public record CommandHeaders(
    String ifMatch, String idempotencyKey, String correlationId, String actor) {

  public static final String IF_MATCH = "If-Match";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String CORRELATION_ID = "X-Correlation-Id";

  /** The version If-Match requires, or null when any version will do. */
  Long expectedVersion() {
    return VersionTag.parseIfMatch(ifMatch);
  }

  CommandContext context() {
    return CommandContext.of(correlationId, actor);
  }
}
