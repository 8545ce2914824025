package org.crewtraining.enrollment.web;

import java.util.UUID;
import org.crewtraining.support.security.AuthenticatedActor;

/** Who asked and which request chain this belongs to, carried into event metadata. */
public record RequestContext(String correlationId, String actor) {

  public static final String CORRELATION_HEADER = "X-Correlation-Id";

  /**
   * The actor is the authenticated account, never a header. A missing or oversized correlation id
   * is replaced: it must never be blank in an event.
   */
  public static RequestContext of(String correlationId) {
    return of(correlationId, AuthenticatedActor.name());
  }

  static RequestContext of(String correlationId, String actor) {
    String correlation =
        correlationId == null || correlationId.isBlank() || correlationId.length() > 100
            ? UUID.randomUUID().toString()
            : correlationId;
    String operator = actor == null || actor.isBlank() || actor.length() > 100 ? null : actor;
    return new RequestContext(correlation, operator);
  }
}
