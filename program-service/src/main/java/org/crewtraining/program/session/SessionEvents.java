package org.crewtraining.program.session;

import java.time.Instant;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.program.programme.ProgramEvents;
import org.crewtraining.support.command.CommandContext;

/**
 * The catalogue events of session changes. What stays in program-service: the online link (it may
 * carry a passcode) and the notes; reasons go out as codes only (ADR 0006).
 */
final class SessionEvents {

  private SessionEvents() {}

  static ProgramSessionScheduled scheduled(
      String programId, Session s, CommandContext context, Instant at) {
    return new ProgramSessionScheduled(
        ProgramEvents.metadata(context, at),
        programId,
        s.sessionId(),
        s.slot().toEvent(),
        s.deliveryMode(),
        s.topic(),
        s.location());
  }

  static ProgramSessionRescheduled rescheduled(
      String programId, Session s, CommandContext context, Instant at) {
    return new ProgramSessionRescheduled(
        ProgramEvents.metadata(context, at),
        programId,
        s.sessionId(),
        s.slot().toEvent(),
        s.lastChange().reasonCode());
  }

  static ProgramSessionCancelled cancelled(
      String programId, Session s, CommandContext context, Instant at) {
    return new ProgramSessionCancelled(
        ProgramEvents.metadata(context, at),
        programId,
        s.sessionId(),
        s.cancellation().reasonCode());
  }
}
