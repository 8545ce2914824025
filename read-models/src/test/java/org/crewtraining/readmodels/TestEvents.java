package org.crewtraining.readmodels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;
import org.crewtraining.events.enrollments.AttendanceFigures;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.enrollments.AttendanceStatus;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentStatus;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.events.programs.SessionSchedule;

/** Terse builders of catalogue events; occurredAt increases by a second per event built. */
public final class TestEvents {

  public static final LocalDate START = LocalDate.of(2024, 7, 1);
  private static final AtomicLong CLOCK = new AtomicLong(1_717_200_000_000L);

  private TestEvents() {}

  public static EventMetadata meta(String source) {
    return Events.newMetadata(
        source, "corr", null, null, Instant.ofEpochMilli(CLOCK.addAndGet(1000)));
  }

  public static ProgramCreated created(
      String programId,
      String title,
      List<String> partners,
      ProgramFormat format,
      CraftTrack track,
      int cohortYear,
      int capacity) {
    return ProgramCreated.newBuilder()
        .setMetadata(meta("program-service"))
        .setProgramId(programId)
        .setTitle(title)
        .setPartners(partners)
        .setFormat(format)
        .setTrack(track)
        .setAudience(Audience.OPEN)
        .setCapacity(capacity)
        .setStartDate(START)
        .setEndDate(START.plusDays(28))
        .setDeliveryMode(DeliveryMode.IN_PERSON)
        .setCohortYear(cohortYear)
        .setPlannedHours(40)
        .build();
  }

  public static ProgramPublished published(String programId) {
    return new ProgramPublished(meta("program-service"), programId, null, null);
  }

  public static ProgramCapacityChanged capacity(String programId, int from, int to) {
    return new ProgramCapacityChanged(meta("program-service"), programId, from, to);
  }

  public static ProgramCancelled programCancelled(String programId) {
    return new ProgramCancelled(
        meta("program-service"), programId, "", ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE);
  }

  public static ProgramClosed closed(String programId) {
    return new ProgramClosed(meta("program-service"), programId);
  }

  public static EnrollmentConfirmed confirmed(
      String enrollmentId, String programId, String participantId, ParticipantType type) {
    return new EnrollmentConfirmed(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        type,
        CraftTrack.VFX,
        null);
  }

  public static EnrollmentWaitlisted waitlisted(
      String enrollmentId, String programId, String participantId, ParticipantType type) {
    return new EnrollmentWaitlisted(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        type,
        CraftTrack.SOUND,
        1);
  }

  public static EnrollmentPromoted promoted(
      String enrollmentId, String programId, String participantId) {
    return new EnrollmentPromoted(
        meta("enrollment-service"), enrollmentId, programId, participantId, 1);
  }

  public static EnrollmentWithdrawn withdrawn(
      String enrollmentId, String programId, String participantId, EnrollmentStatus from) {
    return new EnrollmentWithdrawn(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        from,
        null,
        WithdrawalReason.WORK_COMMITMENT);
  }

  public static EnrollmentCancelled enrollmentCancelled(
      String enrollmentId, String programId, String participantId, EnrollmentStatus from) {
    return new EnrollmentCancelled(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        from,
        "",
        ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE);
  }

  public static ProgressRecorded progress(
      String enrollmentId, String programId, String participantId, double hours) {
    return new ProgressRecorded(
        meta("enrollment-service"), enrollmentId, programId, participantId, 2, hours);
  }

  public static CompletionRecorded outcome(
      String enrollmentId,
      String programId,
      String participantId,
      CompletionOutcome outcome,
      double hours) {
    return new CompletionRecorded(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        outcome,
        hours,
        START.plusDays(28),
        outcome == CompletionOutcome.COMPLETED ? "CERT-" + enrollmentId : null,
        null);
  }

  /** A session on {@code date} from {@code start} for {@code minutes} contact minutes. */
  public static ProgramSessionScheduled session(
      String programId, String sessionId, LocalDate date, LocalTime start, int minutes) {
    return ProgramSessionScheduled.newBuilder()
        .setMetadata(meta("program-service"))
        .setProgramId(programId)
        .setSessionId(sessionId)
        .setSchedule(schedule(date, start, minutes))
        .setDeliveryMode(DeliveryMode.IN_PERSON)
        .setTopic("Topic " + sessionId)
        .setLocation("Studio A")
        .build();
  }

  public static ProgramSessionRescheduled rescheduled(
      String programId, String sessionId, LocalDate date, LocalTime start, int minutes) {
    return ProgramSessionRescheduled.newBuilder()
        .setMetadata(meta("program-service"))
        .setProgramId(programId)
        .setSessionId(sessionId)
        .setSchedule(schedule(date, start, minutes))
        .setReasonCode(SessionChangeReason.VENUE_AVAILABILITY)
        .build();
  }

  public static ProgramSessionCancelled sessionCancelled(String programId, String sessionId) {
    return ProgramSessionCancelled.newBuilder()
        .setMetadata(meta("program-service"))
        .setProgramId(programId)
        .setSessionId(sessionId)
        .setReasonCode(SessionChangeReason.LOW_ATTENDANCE)
        .build();
  }

  /** Contact minutes plus a 30-minute break. */
  private static SessionSchedule schedule(LocalDate date, LocalTime start, int minutes) {
    return new SessionSchedule(date, start, start.plusMinutes(minutes + 30L), minutes);
  }

  public static AttendanceRecorded attendance(
      String enrollmentId,
      String programId,
      String participantId,
      String sessionId,
      AttendanceStatus status,
      int lateMinutes) {
    return AttendanceRecorded.newBuilder()
        .setMetadata(meta("enrollment-service"))
        .setEnrollmentId(enrollmentId)
        .setProgramId(programId)
        .setParticipantId(participantId)
        .setSessionId(sessionId)
        .setStatus(status)
        .setLateMinutes(lateMinutes)
        .build();
  }

  public static AttendanceCorrected corrected(
      String enrollmentId,
      String programId,
      String participantId,
      String sessionId,
      AttendanceStatus status) {
    return AttendanceCorrected.newBuilder()
        .setMetadata(meta("enrollment-service"))
        .setEnrollmentId(enrollmentId)
        .setProgramId(programId)
        .setParticipantId(participantId)
        .setSessionId(sessionId)
        .setStatus(status)
        .setLateMinutes(0)
        .setReasonCode(AttendanceCorrectionReason.DOCUMENTED_EXCUSE)
        .build();
  }

  public static AssessmentRecorded assessment(
      String enrollmentId, String programId, String participantId, boolean passed) {
    return new AssessmentRecorded(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        passed,
        START.plusDays(27));
  }

  /** An outcome decided by the programme's rule on these figures (rule version 1, 80 %). */
  public static CompletionRecorded ruleOutcome(
      String enrollmentId,
      String programId,
      String participantId,
      CompletionOutcome outcome,
      double hours,
      int attendedMinutes,
      int plannedMinutes) {
    return new CompletionRecorded(
        meta("enrollment-service"),
        enrollmentId,
        programId,
        participantId,
        outcome,
        hours,
        START.plusDays(28),
        null,
        new AttendanceFigures(attendedMinutes, plannedMinutes, 80, 0, null, 1));
  }

  public static CompletionOverridden overridden(
      String enrollmentId,
      String programId,
      String participantId,
      CompletionOutcome outcome,
      double hours) {
    return CompletionOverridden.newBuilder()
        .setMetadata(meta("enrollment-service"))
        .setEnrollmentId(enrollmentId)
        .setProgramId(programId)
        .setParticipantId(participantId)
        .setOutcome(outcome)
        .setHoursCompleted(hours)
        .setCompletionDate(START.plusDays(29))
        .setReasonCode(CompletionOverrideReason.MAKE_UP_WORK_ACCEPTED)
        .build();
  }

  public static CertificateIssued certificate(
      String certificateId,
      String enrollmentId,
      String programId,
      String participantId,
      double hours) {
    return new CertificateIssued(
        meta("enrollment-service"),
        certificateId,
        enrollmentId,
        programId,
        participantId,
        hours,
        START.plusDays(30),
        List.of("Netflix", "KOCCA"));
  }

  public static CertificateRevoked revoked(
      String certificateId, String enrollmentId, String programId, String participantId) {
    return CertificateRevoked.newBuilder()
        .setMetadata(meta("enrollment-service"))
        .setCertificateId(certificateId)
        .setEnrollmentId(enrollmentId)
        .setProgramId(programId)
        .setParticipantId(participantId)
        .setReasonCode(CertificateRevocationReason.COMPLETION_REVISED)
        .build();
  }
}
