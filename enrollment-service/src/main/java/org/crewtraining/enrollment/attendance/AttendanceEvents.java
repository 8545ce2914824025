package org.crewtraining.enrollment.attendance;

import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.EventOutbox;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.springframework.stereotype.Component;

/**
 * Builds the attendance and assessment events and appends them to the outbox in the caller's
 * transaction. Only ids, statuses, minutes and codes travel; the recording account is the
 * metadata's actor.
 */
@Component
class AttendanceEvents {

  private final EventOutbox outbox;

  AttendanceEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  void recorded(Attendee a, AttendanceEntry e, EventCause cause) {
    outbox.append(
        new AttendanceRecorded(
            metadata(cause),
            a.enrollmentId(),
            a.programId(),
            a.participantId(),
            e.sessionId(),
            e.status().toEvent(),
            e.lateMinutes()));
  }

  void corrected(Attendee a, AttendanceEntry e, EventCause cause) {
    outbox.append(
        new AttendanceCorrected(
            metadata(cause),
            a.enrollmentId(),
            a.programId(),
            a.participantId(),
            e.sessionId(),
            e.status().toEvent(),
            e.lateMinutes(),
            e.reasonCode()));
  }

  void assessed(Attendee a, Assessment assessment, EventCause cause) {
    outbox.append(
        new AssessmentRecorded(
            metadata(cause),
            a.enrollmentId(),
            a.programId(),
            a.participantId(),
            assessment.passed(),
            assessment.assessedOn()));
  }

  private EventMetadata metadata(EventCause cause) {
    return outbox.metadata(cause);
  }
}
