package org.crewtraining.faults.check;

import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;

/** One decoded record of an event topic, with where it sits in the log; see {@link #detail}. */
public record LoggedEvent(
    String topic,
    int partition,
    long offset,
    String eventId,
    String type,
    String correlationId,
    String programId,
    String enrollmentId,
    String detail) {

  static LoggedEvent of(String topic, int partition, long offset, SpecificRecord event) {
    EventMetadata meta = Events.metadataOf(event);
    return new LoggedEvent(
        topic,
        partition,
        offset,
        meta.getEventId().toString(),
        event.getClass().getSimpleName(),
        meta.getCorrelationId(),
        Events.programIdOf(event),
        Events.enrollmentIdOf(event),
        detail(event));
  }

  /**
   * The one more fact the independent fold needs: a withdrawal's or cancellation's previous status,
   * a completion's outcome, a new programme's capacity.
   */
  private static String detail(SpecificRecord event) {
    for (String name : new String[] {"previousStatus", "outcome", "capacity"}) {
      String value = field(event, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  static String field(SpecificRecord event, String name) {
    var field = event.getSchema().getField(name);
    Object value = field == null ? null : event.get(field.pos());
    return value == null ? null : value.toString();
  }
}
