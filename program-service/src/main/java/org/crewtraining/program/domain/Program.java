package org.crewtraining.program.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * A training programme as stored. {@code version} grows by one with every change and is the
 * optimistic-concurrency token clients see as the ETag.
 */
public record Program(
    String programId,
    String title,
    List<String> partners,
    ProgramFormat format,
    CraftTrack track,
    Audience audience,
    int capacity,
    LocalDate startDate,
    LocalDate endDate,
    DeliveryMode deliveryMode,
    int cohortYear,
    String location,
    Integer plannedHours,
    String instructionLanguage,
    ProgramStatus status,
    String cancelReason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public Program {
    partners = List.copyOf(partners);
  }

  public Program withSchedule(LocalDate start, LocalDate end, Instant at) {
    return new Program(
        programId,
        title,
        partners,
        format,
        track,
        audience,
        capacity,
        start,
        end,
        deliveryMode,
        cohortYear,
        location,
        plannedHours,
        instructionLanguage,
        status,
        cancelReason,
        version + 1,
        createdAt,
        at);
  }

  public Program withCapacity(int newCapacity, Instant at) {
    return new Program(
        programId,
        title,
        partners,
        format,
        track,
        audience,
        newCapacity,
        startDate,
        endDate,
        deliveryMode,
        cohortYear,
        location,
        plannedHours,
        instructionLanguage,
        status,
        cancelReason,
        version + 1,
        createdAt,
        at);
  }

  public Program withStatus(ProgramStatus newStatus, String reason, Instant at) {
    return new Program(
        programId,
        title,
        partners,
        format,
        track,
        audience,
        capacity,
        startDate,
        endDate,
        deliveryMode,
        cohortYear,
        location,
        plannedHours,
        instructionLanguage,
        newStatus,
        reason,
        version + 1,
        createdAt,
        at);
  }
}
