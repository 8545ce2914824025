package org.crewtraining.enrollment.participation;

import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.command.CommandContext;

/** Correlation, causation and actor that the next produced event inherits. */
public record EventCause(String correlationId, String causationId, String actor) {

  public static EventCause of(CommandContext request) {
    return new EventCause(request.correlationId(), null, request.actor());
  }

  /** For an event caused by another: same request chain, caused by that event. */
  public static EventCause after(EventMetadata cause) {
    return new EventCause(
        cause.getCorrelationId(), cause.getEventId().toString(), cause.getActor());
  }
}
