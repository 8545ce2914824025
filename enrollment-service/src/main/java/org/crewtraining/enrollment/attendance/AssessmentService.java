package org.crewtraining.enrollment.attendance;

import java.time.Clock;
import java.time.LocalDate;
import org.crewtraining.enrollment.participation.EnrollmentAction;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.support.command.CommandContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outcome of a programme's assessment per enrolment; the latest one counts. */
@Service
public class AssessmentService {

  private final AttendeeLocks locks;
  private final AttendanceRepository attendance;
  private final AttendanceEvents events;
  private final Clock clock;

  AssessmentService(
      AttendeeLocks locks, AttendanceRepository attendance, AttendanceEvents events, Clock clock) {
    this.locks = locks;
    this.attendance = attendance;
    this.events = events;
    this.clock = clock;
  }

  /** AssessmentRecorded; the same result and date again is a no-op. */
  @Transactional
  public Assessment assess(String enrollmentId, AssessmentRequest request, CommandContext ctx) {
    AttendeeLocks.Locked locked = locks.lock(enrollmentId);
    AttendeeLocks.check(
        locked.attendee(), locked.program(), EnrollmentAction.RECORD_ASSESSMENT, "enrollment");
    Assessment assessment = new Assessment(enrollmentId, request.passed(), request.assessedOn());
    if (attendance.assessmentOf(enrollmentId).filter(assessment::equals).isPresent()) {
      return assessment;
    }
    AttendanceRules.checkAssessedOn(
        request.assessedOn(), LocalDate.now(clock), locked.program().startDate());
    attendance.insertAssessment(assessment, ctx.actor(), clock.instant());
    events.assessed(locked.attendee(), assessment, EventCause.of(ctx));
    return assessment;
  }
}
