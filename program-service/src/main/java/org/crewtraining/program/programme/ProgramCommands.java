package org.crewtraining.program.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.outbox.OutboxWriter;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a programme: the row and the event describing it are written in one transaction,
 * so an event exists exactly when its change committed. Changes lock the programme row first, which
 * serializes them per programme and so keeps its outbox ids in commit order.
 */
@Service
@Transactional
public class ProgramCommands {

  private final ProgramStore store;
  private final OutboxWriter outbox;
  private final SessionFacts sessions;
  private final AdmissionPolicy admissions;
  private final Clock clock;

  public ProgramCommands(
      ProgramStore store,
      OutboxWriter outbox,
      SessionFacts sessions,
      AdmissionPolicy admissions,
      Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.sessions = sessions;
    this.admissions = admissions;
    this.clock = clock;
  }

  public Program create(CreateProgram request, CommandContext context) {
    Instant now = now();
    Program program = Program.draft("prg-" + UUID.randomUUID(), request, now);
    store.insert(program);
    outbox.append(ProgramEvents.created(program, context, now));
    return program;
  }

  /** Same dates again is a no-op: nothing changes, so no event is emitted. */
  public Program changeSchedule(
      String programId, ChangeSchedule request, Long expectedVersion, CommandContext context) {
    Program current = lockForAction(programId, expectedVersion, ProgramAction.CHANGE_SCHEDULE);
    if (current.dates().equals(request.dates())) {
      return current;
    }
    checkSessionsWithin(programId, request.dates());
    admissions.checkStartDate(programId, request.dates().startDate());
    Instant now = now();
    Program changed = current.withSchedule(request.dates(), request.reason(), now);
    return save(current, changed, ProgramEvents.scheduleChanged(changed, context, now));
  }

  /** Same capacity again is a no-op: nothing changes, so no event is emitted. */
  public Program changeCapacity(
      String programId, ChangeCapacity request, Long expectedVersion, CommandContext context) {
    Program current = lockForAction(programId, expectedVersion, ProgramAction.CHANGE_CAPACITY);
    if (current.capacity() == request.capacity()) {
      return current;
    }
    // Once published the quotas are frozen: a venue that shrinks must still be usable, and the
    // selection then meets the quotas as far as the seats go.
    if (current.status() == ProgramStatus.DRAFT) {
      admissions.checkCapacity(programId, request.capacity());
    }
    Instant now = now();
    Program changed = current.withCapacity(request.capacity(), now);
    return save(current, changed, ProgramEvents.capacityChanged(current, changed, context, now));
  }

  public Program publish(String programId, Long expectedVersion, CommandContext context) {
    Program current = lockForAction(programId, expectedVersion, ProgramAction.PUBLISH);
    Instant now = now();
    Program changed = current.withStatus(ProgramStatus.PUBLISHED, now);
    return save(
        current,
        changed,
        ProgramEvents.published(
            changed,
            sessions.completionRuleOf(programId),
            admissions.admissionOf(programId),
            context,
            now));
  }

  public Program cancel(
      String programId, CancelProgram request, Long expectedVersion, CommandContext context) {
    Program current = lockForAction(programId, expectedVersion, ProgramAction.CANCEL);
    Instant now = now();
    Program changed = current.cancelled(request.reason(), now);
    return save(current, changed, ProgramEvents.cancelled(changed, context, now));
  }

  public Program close(String programId, Long expectedVersion, CommandContext context) {
    Program current = lockForAction(programId, expectedVersion, ProgramAction.CLOSE);
    Instant now = now();
    Program changed = current.withStatus(ProgramStatus.CLOSED, now);
    return save(current, changed, ProgramEvents.closed(changed, context, now));
  }

  /** New dates must still hold every active session: move or cancel those first. */
  private void checkSessionsWithin(String programId, Dates dates) {
    sessions
        .activeSessionSpan(programId)
        .ifPresent(
            span -> {
              if (span.startDate().isBefore(dates.startDate())) {
                throw new InvalidFieldException(
                    "startDate",
                    "must not be after the first active session, on "
                        + span.startDate()
                        + "; move or cancel that session first");
              }
              if (span.endDate().isAfter(dates.endDate())) {
                throw new InvalidFieldException(
                    "endDate",
                    "must not be before the last active session, on "
                        + span.endDate()
                        + "; move or cancel that session first");
              }
            });
  }

  private Program lockForAction(String programId, Long expectedVersion, ProgramAction action) {
    Program current =
        store
            .lock(programId)
            .orElseThrow(() -> new ResourceNotFoundException("Programme", programId));
    if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
      throw new VersionMismatchException(programId, expectedVersion, current.version());
    }
    ProgramLifecycle.next(current.status(), action);
    return current;
  }

  private Program save(Program current, Program changed, SpecificRecord event) {
    store.update(changed, current.version());
    outbox.append(event);
    return changed;
  }

  /** Millisecond precision: what the event metadata carries and what the database returns. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
