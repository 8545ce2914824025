package org.crewtraining.program.programme;

import java.time.Instant;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.support.command.CommandContext;

/**
 * Builds the catalogue event that describes each change of a programme. Reasons go out as codes
 * only: the retired free-text {@code reason} fields stay empty and notes never leave this service
 * (ADR 0006).
 */
public final class ProgramEvents {

  public static final String SOURCE = "program-service";

  private ProgramEvents() {}

  public static ProgramCreated created(Program p, CommandContext context, Instant at) {
    return ProgramCreated.newBuilder()
        .setMetadata(metadata(context, at))
        .setProgramId(p.programId())
        .setTitle(p.title())
        .setPartners(p.partners())
        .setFormat(p.format())
        .setTrack(p.track())
        .setAudience(p.audience())
        .setCapacity(p.capacity())
        .setStartDate(p.startDate())
        .setEndDate(p.endDate())
        .setDeliveryMode(p.deliveryMode())
        .setCohortYear(p.cohortYear())
        .setLocation(p.location())
        .setPlannedHours(p.plannedHours())
        .setInstructionLanguage(p.instructionLanguage())
        .build();
  }

  public static ProgramScheduleChanged scheduleChanged(
      Program p, CommandContext context, Instant at) {
    return ProgramScheduleChanged.newBuilder()
        .setMetadata(metadata(context, at))
        .setProgramId(p.programId())
        .setStartDate(p.startDate())
        .setEndDate(p.endDate())
        .setReason(null)
        .setReasonCode(p.scheduleChange().reasonCode())
        .build();
  }

  public static ProgramCapacityChanged capacityChanged(
      Program before, Program after, CommandContext context, Instant at) {
    return new ProgramCapacityChanged(
        metadata(context, at), after.programId(), before.capacity(), after.capacity());
  }

  public static ProgramPublished published(Program p, CommandContext context, Instant at) {
    return new ProgramPublished(metadata(context, at), p.programId());
  }

  public static ProgramCancelled cancelled(Program p, CommandContext context, Instant at) {
    return ProgramCancelled.newBuilder()
        .setMetadata(metadata(context, at))
        .setProgramId(p.programId())
        .setReason("")
        .setReasonCode(p.cancellation().reasonCode())
        .build();
  }

  public static ProgramClosed closed(Program p, CommandContext context, Instant at) {
    return new ProgramClosed(metadata(context, at), p.programId());
  }

  private static EventMetadata metadata(CommandContext context, Instant at) {
    return Events.newMetadata(SOURCE, context.correlationId(), null, context.actor(), at);
  }
}
