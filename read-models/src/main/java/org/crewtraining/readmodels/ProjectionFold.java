package org.crewtraining.readmodels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;

/**
 * The projection as a pure fold: no I/O, no clock. The database applier and the tests use these
 * same functions, so the stored read model is by construction the fold of the applied events.
 *
 * <p>Programme state depends only on programme events and enrollment state only on the events of
 * that enrollment; application state only on the application events of its programme (and the
 * EnrollmentConfirmed that accepts its offer), all keyed by the programme. Each of those streams is
 * ordered (one key, one partition), so folding the events in per-key order gives the same model
 * however the two topics interleave.
 */
public final class ProjectionFold {

  private ProjectionFold() {}

  /** The whole read model from nothing. */
  public static ReportingState fold(List<? extends SpecificRecord> events) {
    Map<String, ProgramState> programs = new LinkedHashMap<>();
    Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
    Map<String, ApplicationState> applications = new LinkedHashMap<>();
    for (SpecificRecord event : events) {
      apply(programs, enrollments, applications, event);
    }
    return new ReportingState(programs, enrollments, applications);
  }

  /**
   * Applies one event to mutable working maps (the applier's per-batch working set); false for an
   * event the fold does not read. One case per catalogue event and no default: a new event does not
   * compile here until it says what it does to the read model.
   */
  public static boolean apply(
      Map<String, ProgramState> programs,
      Map<String, EnrollmentState> enrollments,
      Map<String, ApplicationState> applications,
      SpecificRecord event) {
    return switch (EventType.of(event)) {
      case PROGRAM_CREATED -> program(programs, event, s -> created(s, (ProgramCreated) event));
      case PROGRAM_SCHEDULE_CHANGED ->
          program(programs, event, s -> scheduleChanged(s, (ProgramScheduleChanged) event));
      case PROGRAM_CAPACITY_CHANGED ->
          program(
              programs,
              event,
              s -> s.withCapacity(((ProgramCapacityChanged) event).getNewCapacity()));
      case PROGRAM_PUBLISHED ->
          program(
              programs,
              event,
              s ->
                  s.withStatus(ReportedProgramStatus.PUBLISHED)
                      .withAdmission(
                          ProgramAdmission.of(((ProgramPublished) event).getAdmission())));
      case PROGRAM_CANCELLED ->
          program(programs, event, s -> s.withStatus(ReportedProgramStatus.CANCELLED));
      case PROGRAM_CLOSED ->
          program(programs, event, s -> s.withStatus(ReportedProgramStatus.CLOSED));
      case ENROLLMENT_CONFIRMED -> {
        ApplicationFold.accepted(applications, (EnrollmentConfirmed) event);
        yield enrollment(
            programs, enrollments, event, s -> confirmed(s, (EnrollmentConfirmed) event));
      }
      case ENROLLMENT_WAITLISTED ->
          enrollment(
              programs, enrollments, event, s -> waitlisted(s, (EnrollmentWaitlisted) event));
      case ENROLLMENT_PROMOTED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> s.with(ReportedEnrollmentStatus.CONFIRMED, true, true));
      case ENROLLMENT_WITHDRAWN ->
          enrollment(programs, enrollments, event, s -> withdrawn(s, (EnrollmentWithdrawn) event));
      case ENROLLMENT_CANCELLED ->
          enrollment(programs, enrollments, event, s -> cancelled(s, (EnrollmentCancelled) event));
      case PROGRESS_RECORDED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> s.withAttendance(((ProgressRecorded) event).getHoursAttended()));
      case COMPLETION_RECORDED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> OutcomeFold.completed(s, (CompletionRecorded) event));
      case PROGRAM_SESSION_SCHEDULED ->
          program(programs, event, s -> SessionFold.scheduled(s, (ProgramSessionScheduled) event));
      case PROGRAM_SESSION_RESCHEDULED ->
          program(
              programs, event, s -> SessionFold.rescheduled(s, (ProgramSessionRescheduled) event));
      case PROGRAM_SESSION_CANCELLED ->
          program(programs, event, s -> SessionFold.cancelled(s, (ProgramSessionCancelled) event));
      case ATTENDANCE_RECORDED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> SessionFold.recorded(s, (AttendanceRecorded) event));
      case ATTENDANCE_CORRECTED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> SessionFold.corrected(s, (AttendanceCorrected) event));
      case ASSESSMENT_RECORDED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> s.withAssessment(OutcomeFold.assessment((AssessmentRecorded) event)));
      case COMPLETION_OVERRIDDEN ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> OutcomeFold.overridden(s, (CompletionOverridden) event));
      case CERTIFICATE_ISSUED ->
          enrollment(
              programs, enrollments, event, s -> OutcomeFold.issued(s, (CertificateIssued) event));
      case CERTIFICATE_REVOKED ->
          enrollment(
              programs,
              enrollments,
              event,
              s -> OutcomeFold.revoked(s, (CertificateRevoked) event));
      case APPLICATION_SUBMITTED ->
          application(
              programs,
              event,
              () -> ApplicationFold.submitted(applications, (ApplicationSubmitted) event));
      case APPLICATION_WITHDRAWN ->
          application(
              programs,
              event,
              () -> ApplicationFold.withdrawn(applications, (ApplicationWithdrawn) event));
      case APPLICATION_REVIEWED ->
          application(
              programs,
              event,
              () -> ApplicationFold.reviewed(applications, (ApplicationReviewed) event));
      case SELECTION_CONFIRMED ->
          application(
              programs,
              event,
              () -> ApplicationFold.selectionConfirmed(applications, (SelectionConfirmed) event));
      case SEAT_OFFERED ->
          application(
              programs, event, () -> ApplicationFold.offered(applications, (SeatOffered) event));
      case SEAT_DECLINED ->
          application(
              programs, event, () -> ApplicationFold.declined(applications, (SeatDeclined) event));
      // The read models hold nothing personal about a participant (a pseudonymous id, type and
      // craft), so nothing is dropped and every figure stays exact; the erasure is recorded in the
      // audit trail, which keeps every event. Applying nothing keeps the fold independent of how
      // this participant-keyed event interleaves with the programme-keyed ones.
      case PARTICIPANT_ERASED -> false;
      // Reporting's own output, derived from the read models: never folded back in.
      case COMPLETION_METRICS_UPDATED -> false;
    };
  }

  private static boolean program(
      Map<String, ProgramState> programs,
      SpecificRecord event,
      UnaryOperator<ProgramState> change) {
    String programId = Events.programIdOf(event);
    ProgramState current = programs.get(programId);
    programs.put(programId, change.apply(current == null ? ProgramState.stub(programId) : current));
    return true;
  }

  /** An application event: its programme exists at least as a stub, like an enrollment's. */
  private static boolean application(
      Map<String, ProgramState> programs, SpecificRecord event, BooleanSupplier change) {
    programs.computeIfAbsent(Events.programIdOf(event), ProgramState::stub);
    return change.getAsBoolean();
  }

  private static boolean enrollment(
      Map<String, ProgramState> programs,
      Map<String, EnrollmentState> enrollments,
      SpecificRecord event,
      UnaryOperator<EnrollmentState> change) {
    EventType type = EventType.of(event);
    String programId = type.programIdOf(event);
    programs.computeIfAbsent(programId, ProgramState::stub);
    String enrollmentId = type.enrollmentIdOf(event);
    EnrollmentState current = enrollments.get(enrollmentId);
    EnrollmentState state =
        current != null
            ? current
            : EnrollmentState.start(enrollmentId, programId, type.participantIdOf(event));
    enrollments.put(enrollmentId, change.apply(state));
    return true;
  }

  private static ProgramState created(ProgramState state, ProgramCreated e) {
    return new ProgramState(
        e.getProgramId(),
        true,
        new ProgramCatalogue(
            e.getTitle(),
            e.getPartners(),
            e.getFormat().name(),
            e.getTrack().name(),
            e.getAudience().name(),
            e.getCohortYear(),
            e.getPlannedHours()),
        e.getCapacity(),
        new ProgramDates(e.getStartDate(), e.getEndDate()),
        // Only a stub is upgraded; a redelivered ProgramCreated never reopens a programme.
        state.status() == ReportedProgramStatus.UNKNOWN
            ? ReportedProgramStatus.DRAFT
            : state.status(),
        state.sessions(),
        state.admission());
  }

  private static ProgramState scheduleChanged(ProgramState state, ProgramScheduleChanged e) {
    return state.withDates(new ProgramDates(e.getStartDate(), e.getEndDate()));
  }

  private static EnrollmentState confirmed(EnrollmentState state, EnrollmentConfirmed e) {
    return state
        .with(ReportedEnrollmentStatus.CONFIRMED, true, false)
        .withParticipant(e.getParticipantType().name(), e.getCraft().name());
  }

  private static EnrollmentState waitlisted(EnrollmentState state, EnrollmentWaitlisted e) {
    return state
        .with(ReportedEnrollmentStatus.WAITLISTED, false, false)
        .withParticipant(e.getParticipantType().name(), e.getCraft().name());
  }

  private static EnrollmentState withdrawn(EnrollmentState state, EnrollmentWithdrawn e) {
    return state.with(
        ReportedEnrollmentStatus.WITHDRAWN, heldSeat(e.getPreviousStatus().name()), false);
  }

  private static EnrollmentState cancelled(EnrollmentState state, EnrollmentCancelled e) {
    return state.with(
        ReportedEnrollmentStatus.CANCELLED, heldSeat(e.getPreviousStatus().name()), false);
  }

  /** A withdrawal or cancellation "from CONFIRMED" proves a seat even if its grant was missed. */
  private static boolean heldSeat(String previousStatus) {
    return "CONFIRMED".equals(previousStatus);
  }
}
