package org.crewtraining.readmodels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;

/**
 * The projection as a pure fold: no I/O, no clock. The database applier and the tests use these
 * same functions, so the stored read model is by construction the fold of the applied events.
 *
 * <p>Programme state depends only on programme events and enrollment state only on the events of
 * that enrollment. Each of those streams is ordered (one key, one partition), so folding the events
 * in per-key order gives the same model however the two topics interleave.
 */
public final class ProjectionFold {

  private ProjectionFold() {}

  /** The whole read model from nothing. */
  public static ReportingState fold(List<? extends SpecificRecord> events) {
    Map<String, ProgramState> programs = new LinkedHashMap<>();
    Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
    for (SpecificRecord event : events) {
      apply(programs, enrollments, event);
    }
    return new ReportingState(programs, enrollments);
  }

  /** Applies one event to mutable working maps (the applier's per-batch working set). */
  public static void apply(
      Map<String, ProgramState> programs,
      Map<String, EnrollmentState> enrollments,
      SpecificRecord event) {
    String programId = programIdOf(event);
    if (programId == null) {
      return; // not an event reporting folds (e.g. its own metrics)
    }
    if (isProgramEvent(event)) {
      programs.put(programId, applyProgram(programs.get(programId), event));
    } else {
      programs.computeIfAbsent(programId, ProgramState::stub);
      String enrollmentId = enrollmentIdOf(event);
      enrollments.put(enrollmentId, applyEnrollment(enrollments.get(enrollmentId), event));
    }
  }

  public static boolean isProgramEvent(SpecificRecord event) {
    return event.getClass().getPackageName().endsWith(".programs");
  }

  /** Programme id of a programme or enrollment event; null for anything else. */
  public static String programIdOf(SpecificRecord event) {
    var field = event.getSchema().getField("programId");
    return field == null ? null : (String) event.get(field.pos());
  }

  public static String enrollmentIdOf(SpecificRecord event) {
    var field = event.getSchema().getField("enrollmentId");
    return field == null ? null : (String) event.get(field.pos());
  }

  static ProgramState applyProgram(ProgramState current, SpecificRecord event) {
    ProgramState state = current == null ? ProgramState.stub(programIdOf(event)) : current;
    if (event instanceof ProgramCreated e) {
      return new ProgramState(
          e.getProgramId(),
          true,
          e.getTitle(),
          e.getPartners(),
          e.getFormat().name(),
          e.getTrack().name(),
          e.getAudience().name(),
          e.getCohortYear(),
          e.getCapacity(),
          e.getStartDate(),
          e.getEndDate(),
          e.getPlannedHours(),
          // Only a stub is upgraded; a redelivered ProgramCreated never reopens a programme.
          state.status() == ProgramStatus.UNKNOWN ? ProgramStatus.DRAFT : state.status());
    }
    if (event instanceof ProgramScheduleChanged e) {
      return state.withSchedule(e.getStartDate(), e.getEndDate());
    }
    if (event instanceof ProgramCapacityChanged e) {
      return state.withCapacity(e.getNewCapacity());
    }
    if (event instanceof ProgramPublished) {
      return state.withStatus(ProgramStatus.PUBLISHED);
    }
    if (event instanceof ProgramCancelled) {
      return state.withStatus(ProgramStatus.CANCELLED);
    }
    if (event instanceof ProgramClosed) {
      return state.withStatus(ProgramStatus.CLOSED);
    }
    return state;
  }

  static EnrollmentState applyEnrollment(EnrollmentState current, SpecificRecord event) {
    EnrollmentState state =
        current != null
            ? current
            : EnrollmentState.start(
                enrollmentIdOf(event), programIdOf(event), participantIdOf(event));
    if (event instanceof EnrollmentConfirmed e) {
      return state
          .with(EnrollmentStatus.CONFIRMED, true, false)
          .withParticipant(e.getParticipantType().name(), e.getCraft().name());
    }
    if (event instanceof EnrollmentWaitlisted e) {
      return state
          .with(EnrollmentStatus.WAITLISTED, false, false)
          .withParticipant(e.getParticipantType().name(), e.getCraft().name());
    }
    if (event instanceof EnrollmentPromoted) {
      return state.with(EnrollmentStatus.CONFIRMED, true, true);
    }
    if (event instanceof EnrollmentWithdrawn e) {
      return state.with(EnrollmentStatus.WITHDRAWN, heldSeat(e.getPreviousStatus().name()), false);
    }
    if (event instanceof EnrollmentCancelled e) {
      return state.with(EnrollmentStatus.CANCELLED, heldSeat(e.getPreviousStatus().name()), false);
    }
    if (event instanceof ProgressRecorded e) {
      return state.withAttendance(e.getHoursAttended());
    }
    if (event instanceof CompletionRecorded e) {
      return state.withOutcome(
          e.getOutcome() == CompletionOutcome.COMPLETED
              ? EnrollmentStatus.COMPLETED
              : EnrollmentStatus.NOT_COMPLETED,
          e.getHoursCompleted(),
          e.getCompletionDate(),
          e.getCertificateId());
    }
    return state;
  }

  /** A withdrawal or cancellation "from CONFIRMED" proves a seat even if its grant was missed. */
  private static boolean heldSeat(String previousStatus) {
    return "CONFIRMED".equals(previousStatus);
  }

  private static String participantIdOf(SpecificRecord event) {
    var field = event.getSchema().getField("participantId");
    return field == null ? null : (String) event.get(field.pos());
  }
}
