package org.crewtraining.enrollment.participation;

import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.AttendanceFigures;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.springframework.stereotype.Component;

/**
 * Builds each enrollment event and appends it to the outbox in the caller's transaction. Only the
 * pseudonymous participant id, the non-personal type and craft and reason codes are ever put into
 * an event: the retired free-text {@code reason} fields stay empty and withdrawal notes never leave
 * this service (ADR 0006).
 */
@Component
class EnrollmentEvents {

  private final EventOutbox outbox;

  EnrollmentEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * @param applicationId the application whose offered seat was accepted; null for a first-come
   *     enrolment
   */
  EventMetadata confirmed(Enrollment e, Newcomer p, String applicationId, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new EnrollmentConfirmed(
            m,
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            p.participantType().toEvent(),
            p.craft(),
            applicationId));
    return m;
  }

  EventMetadata waitlisted(Enrollment e, Newcomer p, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new EnrollmentWaitlisted(
            m,
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            p.participantType().toEvent(),
            p.craft(),
            e.waitlistPosition()));
    return m;
  }

  EventMetadata promoted(Enrollment e, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new EnrollmentPromoted(
            m, e.enrollmentId(), e.programId(), e.participantId(), e.waitlistPosition()));
    return m;
  }

  EventMetadata withdrawn(Enrollment e, Withdrawal withdrawal, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        EnrollmentWithdrawn.newBuilder()
            .setMetadata(m)
            .setEnrollmentId(e.enrollmentId())
            .setProgramId(e.programId())
            .setParticipantId(e.participantId())
            .setPreviousStatus(e.status().toEvent())
            .setReason(null)
            .setReasonCode(withdrawal.reasonCode())
            .build());
    return m;
  }

  EventMetadata cancelled(Enrollment e, ProgramCancellationReason reasonCode, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        EnrollmentCancelled.newBuilder()
            .setMetadata(m)
            .setEnrollmentId(e.enrollmentId())
            .setProgramId(e.programId())
            .setParticipantId(e.participantId())
            .setPreviousStatus(e.status().toEvent())
            .setReason("")
            .setReasonCode(reasonCode)
            .build());
    return m;
  }

  EventMetadata progress(Enrollment e, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new ProgressRecorded(
            m,
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            e.sessionsAttended(),
            e.hoursAttended()));
    return m;
  }

  /**
   * @param figures what the completion rule decided on; null for an outcome typed by hand
   */
  EventMetadata completion(Enrollment e, AttendanceFigures figures, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new CompletionRecorded(
            m,
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            e.outcome().toEvent(),
            e.hoursCompleted(),
            e.completionDate(),
            e.certificateId(),
            figures));
    return m;
  }

  EventMetadata overridden(Enrollment e, EventCause cause) {
    EventMetadata m = metadata(cause);
    append(
        new CompletionOverridden(
            m,
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            e.outcome().toEvent(),
            e.hoursCompleted(),
            e.completionDate(),
            e.overrideReasonCode()));
    return m;
  }

  private EventMetadata metadata(EventCause cause) {
    return outbox.metadata(cause);
  }

  private void append(SpecificRecord event) {
    outbox.append(event);
  }
}
