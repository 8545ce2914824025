package org.crewtraining.support.command;

/**
 * The optional headers of a change request, bound by {@link CommandHeadersAutoConfiguration}: a
 * controller method takes one {@code CommandHeaders} (or just a {@link CommandContext}) instead of
 * one {@code @RequestHeader} string per header. The header names of every write API are declared
 * here and nowhere else.
 *
 * @param ifMatch ETag of the version the client saw, as sent; only endpoints marked {@link
 *     HonoursIfMatch} read it
 * @param idempotencyKey makes a retried request return the first answer instead of running again
 * @param context correlation id and actor, copied into the emitted events' metadata
 */
public record CommandHeaders(String ifMatch, String idempotencyKey, CommandContext context) {

  public static final String IF_MATCH = "If-Match";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String CORRELATION_ID = "X-Correlation-Id";

  /** Sent as {@code true} on a response that replays the first answer to an Idempotency-Key. */
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
}
