package org.crewtraining.contracts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.EventMetadata;

/** Helpers every producer and consumer of catalogue events needs. */
public final class Events {

  private Events() {}

  /** Fresh metadata; time is truncated to the millisecond precision the schema carries. */
  public static EventMetadata newMetadata(
      String source, String correlationId, String causationId, String actor, Instant occurredAt) {
    return EventMetadata.newBuilder()
        .setEventId(UUID.randomUUID())
        .setOccurredAt(occurredAt.truncatedTo(ChronoUnit.MILLIS))
        .setSource(source)
        .setCorrelationId(correlationId)
        .setCausationId(causationId)
        .setActor(actor)
        .build();
  }

  public static EventMetadata metadataOf(SpecificRecord event) {
    return EventType.of(event).metadataOf(event);
  }

  /** See {@link EventType#programIdOf}: null for an event about no single programme. */
  public static String programIdOf(SpecificRecord event) {
    return EventType.of(event).programIdOf(event);
  }

  /** See {@link EventType#enrollmentIdOf}: null for programme and metrics events. */
  public static String enrollmentIdOf(SpecificRecord event) {
    return EventType.of(event).enrollmentIdOf(event);
  }

  /** See {@link EventType#participantIdOf}: null for programme and metrics events. */
  public static String participantIdOf(SpecificRecord event) {
    return EventType.of(event).participantIdOf(event);
  }
}
