package org.crewtraining.program.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ScheduleChangeReason;

/**
 * A training programme as stored. {@code version} grows by one with every change and is the
 * optimistic-concurrency token clients see as the ETag.
 *
 * @param cancellation null unless CANCELLED
 * @param scheduleChange why the dates last moved; null if they never did
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
    Reason<ProgramCancellationReason> cancellation,
    Reason<ScheduleChangeReason> scheduleChange,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public Program {
    partners = List.copyOf(partners);
  }

  public Program withSchedule(
      LocalDate start, LocalDate end, Reason<ScheduleChangeReason> reason, Instant at) {
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
        cancellation,
        reason,
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
        cancellation,
        scheduleChange,
        version + 1,
        createdAt,
        at);
  }

  public Program withStatus(ProgramStatus newStatus, Instant at) {
    return withStatus(newStatus, cancellation, at);
  }

  public Program cancelled(Reason<ProgramCancellationReason> reason, Instant at) {
    return withStatus(ProgramStatus.CANCELLED, reason, at);
  }

  private Program withStatus(
      ProgramStatus newStatus, Reason<ProgramCancellationReason> newCancellation, Instant at) {
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
        newCancellation,
        scheduleChange,
        version + 1,
        createdAt,
        at);
  }
}
