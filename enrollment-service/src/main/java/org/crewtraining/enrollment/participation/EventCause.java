package org.crewtraining.enrollment.participation;

import org.crewtraining.enrollment.web.RequestContext;
import org.crewtraining.events.common.EventMetadata;

/** Correlation, causation and actor that the next produced event inherits. */
record EventCause(String correlationId, String causationId, String actor) {

  static EventCause of(RequestContext request) {
    return new EventCause(request.correlationId(), null, request.actor());
  }

  /** For an event caused by another: same request chain, caused by that event. */
  static EventCause after(EventMetadata cause) {
    return new EventCause(
        cause.getCorrelationId(), cause.getEventId().toString(), cause.getActor());
  }
}
