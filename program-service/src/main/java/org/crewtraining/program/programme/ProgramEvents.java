package org.crewtraining.program.programme;

import java.time.Instant;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.CompletionRule;
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
        .setTitle(p.offering().title())
        .setPartners(p.offering().partners())
        .setFormat(p.offering().format())
        .setTrack(p.offering().track())
        .setAudience(p.offering().audience())
        .setCapacity(p.capacity())
        .setStartDate(p.dates().startDate())
        .setEndDate(p.dates().endDate())
        .setDeliveryMode(p.delivery().deliveryMode())
        .setCohortYear(p.delivery().cohortYear())
        .setLocation(p.delivery().location())
        .setPlannedHours(p.delivery().plannedHours())
        .setInstructionLanguage(p.delivery().instructionLanguage())
        .build();
  }

  public static ProgramScheduleChanged scheduleChanged(
      Program p, CommandContext context, Instant at) {
    return ProgramScheduleChanged.newBuilder()
        .setMetadata(metadata(context, at))
        .setProgramId(p.programId())
        .setStartDate(p.dates().startDate())
        .setEndDate(p.dates().endDate())
        .setReason(null)
        .setReasonCode(p.standing().scheduleChange().reasonCode())
        .build();
  }

  public static ProgramCapacityChanged capacityChanged(
      Program before, Program after, CommandContext context, Instant at) {
    return new ProgramCapacityChanged(
        metadata(context, at), after.programId(), before.capacity(), after.capacity());
  }

  /**
   * {@code rule} and {@code admission} (null: first come, first served) are frozen from now on:
   * later changes of them are refused.
   */
  public static ProgramPublished published(
      Program p, CompletionRule rule, Admission admission, CommandContext context, Instant at) {
    return new ProgramPublished(metadata(context, at), p.programId(), rule, admission);
  }

  public static ProgramCancelled cancelled(Program p, CommandContext context, Instant at) {
    return ProgramCancelled.newBuilder()
        .setMetadata(metadata(context, at))
        .setProgramId(p.programId())
        .setReason("")
        .setReasonCode(p.standing().cancellation().reasonCode())
        .build();
  }

  public static ProgramClosed closed(Program p, CommandContext context, Instant at) {
    return new ProgramClosed(metadata(context, at), p.programId());
  }

  /** Metadata of an event program-service emits for the request in {@code context}. */
  public static EventMetadata metadata(CommandContext context, Instant at) {
    return Events.newMetadata(SOURCE, context.correlationId(), null, context.actor(), at);
  }
}
