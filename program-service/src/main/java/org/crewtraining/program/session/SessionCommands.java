package org.crewtraining.program.session;

import java.time.Instant;
import java.util.UUID;
import org.crewtraining.program.programme.Dates;
import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramStatus;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.outbox.OutboxWriter;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, moves and cancels sessions. Each change writes the session, the programme's next version
 * and the event in one transaction; every check comes before the first write, so a refused request
 * leaves nothing behind.
 */
@Service
@Transactional
public class SessionCommands {

  /** Keeps one programme's list (and its GET) bounded: months of daily sessions fit. */
  static final int MAX_SESSIONS = 500;

  private final ProgramLocks locks;
  private final SessionStore sessions;
  private final CompletionRuleStore rules;
  private final OutboxWriter outbox;

  public SessionCommands(
      ProgramLocks locks, SessionStore sessions, CompletionRuleStore rules, OutboxWriter outbox) {
    this.locks = locks;
    this.sessions = sessions;
    this.rules = rules;
    this.outbox = outbox;
  }

  public SessionResponse add(
      String programId, ScheduleSession request, Long expectedVersion, CommandContext context) {
    Program current = locks.lock(programId, expectedVersion, SessionChange.ADD);
    request.checkPlace();
    checkWithin(current.dates(), Slot.of(request));
    if (sessions.count(programId) >= MAX_SESSIONS) {
      throw new StateConflictException(
          "too-many-sessions", "A programme has at most " + MAX_SESSIONS + " sessions");
    }
    Instant now = locks.now();
    Session session = Session.scheduled("ses-" + UUID.randomUUID(), request);
    Program changed = locks.touch(current, now);
    sessions.insert(programId, session, now);
    outbox.append(SessionEvents.scheduled(programId, session, context, now));
    return new SessionResponse(programId, session, changed.version());
  }

  /** The same times again is a no-op: nothing changes, so no event is emitted. */
  public SessionResponse reschedule(
      String programId,
      String sessionId,
      RescheduleSession request,
      Long expectedVersion,
      CommandContext context) {
    Program current = locks.lock(programId, expectedVersion, SessionChange.RESCHEDULE);
    Session session = find(programId, sessionId);
    SessionRules.check(sessionId, session.status(), SessionChange.RESCHEDULE);
    Slot slot = Slot.of(request);
    if (slot.equals(session.slot())) {
      return new SessionResponse(programId, session, current.version());
    }
    checkWithin(current.dates(), slot);
    Instant now = locks.now();
    Session moved = session.rescheduled(slot, request.reason());
    Program changed = locks.touch(current, now);
    sessions.update(programId, moved, now);
    outbox.append(SessionEvents.rescheduled(programId, moved, context, now));
    return new SessionResponse(programId, moved, changed.version());
  }

  public SessionResponse cancel(
      String programId,
      String sessionId,
      CancelSession request,
      Long expectedVersion,
      CommandContext context) {
    Program current = locks.lock(programId, expectedVersion, SessionChange.CANCEL);
    Session session = find(programId, sessionId);
    SessionRules.check(sessionId, session.status(), SessionChange.CANCEL);
    // While DRAFT the rule only names active sessions; once published it is frozen, and a
    // cancelled required session simply no longer counts (CompletionRule's contract).
    if (current.status() == ProgramStatus.DRAFT
        && rules.effective(programId).requiredSessionIds().contains(sessionId)) {
      throw new StateConflictException(
          "session-required",
          sessionId + " is required by the completion rule; take it out of the rule first");
    }
    Instant now = locks.now();
    Session cancelled = session.cancelled(request.reason());
    Program changed = locks.touch(current, now);
    sessions.update(programId, cancelled, now);
    outbox.append(SessionEvents.cancelled(programId, cancelled, context, now));
    return new SessionResponse(programId, cancelled, changed.version());
  }

  private Session find(String programId, String sessionId) {
    return sessions
        .find(programId, sessionId)
        .orElseThrow(() -> new ResourceNotFoundException("Session", sessionId));
  }

  private static void checkWithin(Dates dates, Slot slot) {
    if (slot.date().isBefore(dates.startDate()) || slot.date().isAfter(dates.endDate())) {
      throw new InvalidFieldException(
          "date",
          "must be within the programme's dates, " + dates.startDate() + " to " + dates.endDate());
    }
  }
}
