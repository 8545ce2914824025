package org.crewtraining.enrollment.programme;

import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.support.outbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one program event to the view, and its consequences to enrollments, in one transaction
 * together with the processed-event claim: a redelivered event finds its id claimed and changes
 * nothing, and a failure leaves neither the claim nor the change behind.
 */
@Service
public class ProgramEventApplier {

  /** Name under which this projection claims event ids in processed_event. */
  static final String CONSUMER = "enrollment-service.program-view";

  private static final Logger log = LoggerFactory.getLogger(ProgramEventApplier.class);

  private final ProcessedEvents processed;
  private final ProgramSnapshotRepository programs;
  private final ProgramSessionRepository sessions;
  private final ProgramAdmissionRepository admissions;
  private final ProgramLifecycleEffects effects;
  private final ProgramClosedEffects closedEffects;

  ProgramEventApplier(
      ProcessedEvents processed,
      ProgramSnapshotRepository programs,
      ProgramSessionRepository sessions,
      ProgramAdmissionRepository admissions,
      ProgramLifecycleEffects effects,
      ProgramClosedEffects closedEffects) {
    this.processed = processed;
    this.programs = programs;
    this.sessions = sessions;
    this.admissions = admissions;
    this.effects = effects;
    this.closedEffects = closedEffects;
  }

  /** Returns false when the event had been applied before. */
  @Transactional
  public boolean apply(SpecificRecord event) {
    EventMetadata metadata = Events.metadataOf(event);
    if (!processed.claim(CONSUMER, metadata.getEventId())) {
      return false;
    }
    handlerOf(EventType.of(event)).apply(event, metadata.getOccurredAt(), metadata);
    return true;
  }

  /**
   * One case per catalogue event and no default: a new event does not compile here until it says
   * what it does to the view. Events of other topics never get here (the deserializer parks them on
   * the DLT); they are listed to be ignored explicitly.
   */
  private Handler handlerOf(EventType type) {
    return switch (type) {
      case PROGRAM_CREATED ->
          (event, at, meta) -> programs.insertIfAbsent((ProgramCreated) event, at);
      case PROGRAM_PUBLISHED -> (event, at, meta) -> publish((ProgramPublished) event, at);
      case PROGRAM_SCHEDULE_CHANGED ->
          (event, at, meta) -> scheduleChanged((ProgramScheduleChanged) event, at);
      case PROGRAM_CAPACITY_CHANGED ->
          (event, at, meta) -> capacityChanged((ProgramCapacityChanged) event, at, meta);
      case PROGRAM_CANCELLED -> (event, at, meta) -> cancelled((ProgramCancelled) event, at, meta);
      case PROGRAM_CLOSED -> (event, at, meta) -> closed((ProgramClosed) event, at, meta);
      case PROGRAM_SESSION_SCHEDULED ->
          (event, at, meta) -> sessionScheduled((ProgramSessionScheduled) event, at);
      case PROGRAM_SESSION_RESCHEDULED ->
          (event, at, meta) -> sessionRescheduled((ProgramSessionRescheduled) event, at);
      case PROGRAM_SESSION_CANCELLED ->
          (event, at, meta) -> sessionCancelled((ProgramSessionCancelled) event, at);
      case ENROLLMENT_CONFIRMED,
          ENROLLMENT_WAITLISTED,
          ENROLLMENT_PROMOTED,
          ENROLLMENT_WITHDRAWN,
          ENROLLMENT_CANCELLED,
          PROGRESS_RECORDED,
          COMPLETION_RECORDED,
          ATTENDANCE_RECORDED,
          ATTENDANCE_CORRECTED,
          ASSESSMENT_RECORDED,
          COMPLETION_OVERRIDDEN,
          CERTIFICATE_ISSUED,
          CERTIFICATE_REVOKED,
          APPLICATION_SUBMITTED,
          APPLICATION_WITHDRAWN,
          APPLICATION_REVIEWED,
          SELECTION_CONFIRMED,
          SEAT_OFFERED,
          SEAT_DECLINED,
          PARTICIPANT_ERASED,
          COMPLETION_METRICS_UPDATED ->
          (event, at, meta) ->
              log.warn("Ignoring {} on the program topic", event.getSchema().getFullName());
    };
  }

  /** What one event type does to the view, in the applier's transaction. */
  @FunctionalInterface
  private interface Handler {
    void apply(SpecificRecord event, Instant at, EventMetadata metadata);
  }

  private void scheduleChanged(ProgramScheduleChanged changed, Instant at) {
    lock(changed.getProgramId());
    programs.updateSchedule(
        changed.getProgramId(), changed.getStartDate(), changed.getEndDate(), at);
  }

  private void capacityChanged(ProgramCapacityChanged changed, Instant at, EventMetadata metadata) {
    lock(changed.getProgramId());
    programs.updateCapacity(changed.getProgramId(), changed.getNewCapacity(), at);
    effects.capacityChanged(reread(changed.getProgramId()), metadata);
  }

  private void cancelled(ProgramCancelled cancelled, Instant at, EventMetadata metadata) {
    lock(cancelled.getProgramId());
    programs.updateStatus(cancelled.getProgramId(), ProgramSnapshotStatus.CANCELLED, at);
    effects.programmeCancelled(
        reread(cancelled.getProgramId()), cancelled.getReasonCode(), metadata);
  }

  /**
   * Only a draft opens: a cancelled or closed programme is final and never reopens. The completion
   * rule is frozen with the publication (none in the event: 80 %, nothing required), and so is the
   * admission (none: first come, first served).
   */
  private void publish(ProgramPublished published, Instant at) {
    ProgramSnapshot view = lock(published.getProgramId());
    if (view.status() == ProgramSnapshotStatus.DRAFT) {
      programs.updateStatus(view.programId(), ProgramSnapshotStatus.PUBLISHED, at);
      sessions.storeRule(view.programId(), CompletionRule.of(published.getCompletionRule()));
      if (published.getAdmission() != null) {
        admissions.storeIfAbsent(ProgramAdmission.of(view.programId(), published.getAdmission()));
      }
    } else {
      log.warn("Ignoring ProgramPublished for {} which is {}", view.programId(), view.status());
    }
  }

  /** Closing evaluates the completion rule (a programme without active sessions: nothing). */
  private void closed(ProgramClosed closed, Instant at, EventMetadata metadata) {
    ProgramSnapshot view = lock(closed.getProgramId());
    if (view.status() == ProgramSnapshotStatus.CLOSED) {
      return; // the same close under another event id: evaluated already
    }
    String programId = view.programId();
    programs.updateStatus(programId, ProgramSnapshotStatus.CLOSED, at);
    closedEffects.programmeClosed(reread(programId), metadata);
  }

  private void sessionScheduled(ProgramSessionScheduled scheduled, Instant at) {
    lock(scheduled.getProgramId());
    sessions.insertIfAbsent(scheduled, at);
  }

  private void sessionRescheduled(ProgramSessionRescheduled rescheduled, Instant at) {
    lock(rescheduled.getProgramId());
    if (!sessions.reschedule(
        rescheduled.getProgramId(), rescheduled.getSessionId(), rescheduled.getSchedule(), at)) {
      throw unknownSession(rescheduled.getProgramId(), rescheduled.getSessionId());
    }
  }

  private void sessionCancelled(ProgramSessionCancelled cancelled, Instant at) {
    lock(cancelled.getProgramId());
    if (!sessions.cancel(cancelled.getProgramId(), cancelled.getSessionId(), at)) {
      throw unknownSession(cancelled.getProgramId(), cancelled.getSessionId());
    }
  }

  /**
   * Like a missing ProgramCreated: the scheduling was never seen, so the event is dead-lettered.
   */
  private static IllegalStateException unknownSession(String programId, String sessionId) {
    return new IllegalStateException(
        "No ProgramSessionScheduled seen for session " + sessionId + " of " + programId);
  }

  /** The view as this transaction just changed it (the row stays locked). */
  private ProgramSnapshot reread(String programId) {
    return programs.find(programId).orElseThrow();
  }

  /**
   * Events of one programme share a partition and arrive in order, so a missing view means its
   * ProgramCreated was never seen. Failing sends the event to the dead-letter topic after retries
   * instead of silently dropping it.
   */
  private ProgramSnapshot lock(String programId) {
    return programs
        .lock(programId)
        .orElseThrow(
            () -> new IllegalStateException("No ProgramCreated seen for programme " + programId));
  }
}
