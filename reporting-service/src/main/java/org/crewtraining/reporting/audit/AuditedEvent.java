package org.crewtraining.reporting.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * One event of the audit trail: where it was on the log, its metadata, the ids it is about and the
 * decoded event as JSON ({@code payload}, embedded as JSON, not as a string; null in what is
 * written: the trail stores the original bytes and renders the JSON from them when read).
 */
public record AuditedEvent(
    UUID eventId,
    String type,
    String topic,
    int partition,
    long offset,
    String key,
    Instant occurredAt,
    String source,
    String correlationId,
    String causationId,
    String actor,
    String programId,
    String participantId,
    String enrollmentId,
    @JsonRawValue String payload) {}
