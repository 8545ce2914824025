package org.crewtraining.enrollment.web;

import java.util.UUID;

/** Who asked and which request chain this belongs to, carried into event metadata. */
public record RequestContext(String correlationId, String actor) {

  public static final String CORRELATION_HEADER = "X-Correlation-Id";
  public static final String ACTOR_HEADER = "X-Actor";

  /** A missing or oversized correlation id is replaced: it must never be blank in an event. */
  public static RequestContext of(String correlationId, String actor) {
    String correlation =
        correlationId == null || correlationId.isBlank() || correlationId.length() > 100
            ? UUID.randomUUID().toString()
            : correlationId;
    String operator = actor == null || actor.isBlank() || actor.length() > 100 ? null : actor;
    return new RequestContext(correlation, operator);
  }
}
