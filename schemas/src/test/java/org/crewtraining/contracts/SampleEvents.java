package org.crewtraining.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
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
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.events.enrollments.OfferRelease;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.crewtraining.events.programs.SeatQuota;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.events.programs.SessionSchedule;
import org.crewtraining.events.reporting.CompletionFigures;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;
import org.crewtraining.events.reporting.ProgramCompletionFigures;

/** One realistic instance of every event in the catalogue, for tests in every module. */
public final class SampleEvents {

  public static final String PROGRAM_ID = "prg-2024-post-01";
  public static final String ENROLLMENT_ID = "enr-0001";
  public static final String PARTICIPANT_ID = "ptc-7f3a";
  public static final String SESSION_ID = "ses-0003";
  public static final String APPLICATION_ID = "app-0001";
  public static final String SELECTION_ID = "sel-0001";
  public static final String CERTIFICATE_ID = "CT-2024-7Q4M-9XKD";
  private static final LocalDate START = LocalDate.of(2024, 7, 1);
  private static final SessionSchedule SESSION =
      new SessionSchedule(START, LocalTime.of(9, 30), LocalTime.of(13, 30), 210);

  private SampleEvents() {}

  public static EventMetadata metadata(String source) {
    return Events.newMetadata(
        source, "corr-" + source, null, "operator@kocca", Instant.parse("2024-06-01T09:00:00Z"));
  }

  public static Map<EventType, SpecificRecord> all() {
    Map<EventType, SpecificRecord> all = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      all.put(type, of(type));
    }
    return all;
  }

  /** The record key of the sample of this type: its programme, participant or the metrics key. */
  public static String expectedKey(EventType type) {
    return switch (type) {
      case COMPLETION_METRICS_UPDATED -> EventType.OVERALL_METRICS_KEY;
      case PARTICIPANT_ERASED -> PARTICIPANT_ID;
      default -> PROGRAM_ID;
    };
  }

  public static SpecificRecord of(EventType type) {
    return switch (type) {
      case PROGRAM_CREATED -> programCreated(PROGRAM_ID, 20);
      case PROGRAM_SCHEDULE_CHANGED ->
          new ProgramScheduleChanged(
              metadata("program-service"),
              PROGRAM_ID,
              START.plusDays(7),
              START.plusDays(35),
              null,
              ScheduleChangeReason.VENUE_AVAILABILITY);
      case PROGRAM_CAPACITY_CHANGED ->
          new ProgramCapacityChanged(metadata("program-service"), PROGRAM_ID, 20, 25);
      case PROGRAM_PUBLISHED ->
          new ProgramPublished(
              metadata("program-service"),
              PROGRAM_ID,
              new CompletionRule(80, List.of(SESSION_ID), true),
              new Admission(
                  Instant.parse("2024-05-01T00:00:00Z"),
                  Instant.parse("2024-05-31T15:00:00Z"),
                  List.of(ApplicationQuestion.MOTIVATION, ApplicationQuestion.PORTFOLIO_LINK),
                  List.of(
                      new SeatQuota(ParticipantType.UNIVERSITY_STUDENT, null, 5, 10),
                      new SeatQuota(null, CraftTrack.VFX, 0, 4)),
                  72));
      case PROGRAM_CANCELLED ->
          new ProgramCancelled(
              metadata("program-service"),
              PROGRAM_ID,
              "",
              ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE);
      case PROGRAM_CLOSED -> new ProgramClosed(metadata("program-service"), PROGRAM_ID);
      case ENROLLMENT_CONFIRMED ->
          new EnrollmentConfirmed(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ParticipantType.INDUSTRY_WORKER,
              CraftTrack.POST_PRODUCTION,
              APPLICATION_ID);
      case ENROLLMENT_WAITLISTED ->
          new EnrollmentWaitlisted(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ParticipantType.UNIVERSITY_STUDENT,
              CraftTrack.VFX,
              3);
      case ENROLLMENT_PROMOTED ->
          new EnrollmentPromoted(
              metadata("enrollment-service"), ENROLLMENT_ID, PROGRAM_ID, PARTICIPANT_ID, 1);
      case ENROLLMENT_WITHDRAWN ->
          new EnrollmentWithdrawn(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              EnrollmentStatus.CONFIRMED,
              null,
              WithdrawalReason.WORK_COMMITMENT);
      case ENROLLMENT_CANCELLED ->
          new EnrollmentCancelled(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              EnrollmentStatus.WAITLISTED,
              "",
              ProgramCancellationReason.INSTRUCTOR_UNAVAILABLE);
      case PROGRESS_RECORDED ->
          new ProgressRecorded(
              metadata("enrollment-service"), ENROLLMENT_ID, PROGRAM_ID, PARTICIPANT_ID, 4, 12.5);
      case COMPLETION_RECORDED ->
          new CompletionRecorded(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              CompletionOutcome.COMPLETED,
              40.0,
              START.plusDays(30),
              "CERT-2024-0001",
              new AttendanceFigures(2_280, 2_400, 80, 0, true, 1));
      case PROGRAM_SESSION_SCHEDULED ->
          new ProgramSessionScheduled(
              metadata("program-service"),
              PROGRAM_ID,
              SESSION_ID,
              SESSION,
              DeliveryMode.IN_PERSON,
              "Colour management for HDR deliverables",
              "KOFIC Namyangju Studios, grading suite 2");
      case PROGRAM_SESSION_RESCHEDULED ->
          new ProgramSessionRescheduled(
              metadata("program-service"),
              PROGRAM_ID,
              SESSION_ID,
              new SessionSchedule(START.plusDays(1), LocalTime.of(14, 0), LocalTime.of(18, 0), 210),
              SessionChangeReason.VENUE_AVAILABILITY);
      case PROGRAM_SESSION_CANCELLED ->
          new ProgramSessionCancelled(
              metadata("program-service"),
              PROGRAM_ID,
              SESSION_ID,
              SessionChangeReason.INSTRUCTOR_AVAILABILITY);
      case ATTENDANCE_RECORDED ->
          new AttendanceRecorded(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              SESSION_ID,
              AttendanceStatus.LATE,
              25);
      case ATTENDANCE_CORRECTED ->
          new AttendanceCorrected(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              SESSION_ID,
              AttendanceStatus.EXCUSED,
              0,
              AttendanceCorrectionReason.DOCUMENTED_EXCUSE);
      case ASSESSMENT_RECORDED ->
          new AssessmentRecorded(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              true,
              START.plusDays(29));
      case COMPLETION_OVERRIDDEN ->
          new CompletionOverridden(
              metadata("enrollment-service"),
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              CompletionOutcome.COMPLETED,
              30.5,
              START.plusDays(30),
              CompletionOverrideReason.MEDICAL_LEAVE);
      case CERTIFICATE_ISSUED ->
          new CertificateIssued(
              metadata("enrollment-service"),
              CERTIFICATE_ID,
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              40.0,
              START.plusDays(31),
              List.of("KOCCA", "Netflix"));
      case CERTIFICATE_REVOKED ->
          new CertificateRevoked(
              metadata("enrollment-service"),
              CERTIFICATE_ID,
              ENROLLMENT_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              CertificateRevocationReason.ISSUED_IN_ERROR);
      case APPLICATION_SUBMITTED ->
          new ApplicationSubmitted(
              metadata("enrollment-service"),
              APPLICATION_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ParticipantType.INDUSTRY_WORKER,
              CraftTrack.POST_PRODUCTION);
      case APPLICATION_WITHDRAWN ->
          new ApplicationWithdrawn(
              metadata("enrollment-service"),
              APPLICATION_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              WithdrawalReason.WORK_COMMITMENT);
      case APPLICATION_REVIEWED ->
          new ApplicationReviewed(
              metadata("enrollment-service"),
              APPLICATION_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ReviewDecision.SHORTLISTED,
              87,
              null);
      case SELECTION_CONFIRMED ->
          new SelectionConfirmed(
              metadata("enrollment-service"),
              SELECTION_ID,
              PROGRAM_ID,
              List.of(APPLICATION_ID),
              List.of("app-0002", "app-0003"));
      case SEAT_OFFERED ->
          new SeatOffered(
              metadata("enrollment-service"),
              APPLICATION_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ParticipantType.INDUSTRY_WORKER,
              CraftTrack.POST_PRODUCTION,
              SELECTION_ID,
              OfferBasis.SELECTION,
              Instant.parse("2024-06-05T15:00:00Z"));
      case SEAT_DECLINED ->
          new SeatDeclined(
              metadata("enrollment-service"),
              APPLICATION_ID,
              PROGRAM_ID,
              PARTICIPANT_ID,
              ParticipantType.INDUSTRY_WORKER,
              CraftTrack.POST_PRODUCTION,
              OfferRelease.EXPIRED);
      case PARTICIPANT_ERASED ->
          new ParticipantErased(
              metadata("enrollment-service"),
              PARTICIPANT_ID,
              Instant.parse("2026-03-02T01:00:00Z"),
              ErasureBasis.REQUEST,
              ErasureReason.DATA_SUBJECT_REQUEST);
      case COMPLETION_METRICS_UPDATED -> metricsUpdated();
    };
  }

  public static ProgramCreated programCreated(String programId, int capacity) {
    return ProgramCreated.newBuilder()
        .setMetadata(metadata("program-service"))
        .setProgramId(programId)
        .setTitle("Post-production short course: colour grading for series")
        .setPartners(List.of("Netflix", "KOCCA"))
        .setFormat(ProgramFormat.SHORT_COURSE)
        .setTrack(CraftTrack.POST_PRODUCTION)
        .setAudience(Audience.INDUSTRY_WORKER)
        .setCapacity(capacity)
        .setStartDate(START)
        .setEndDate(START.plusDays(28))
        .setDeliveryMode(DeliveryMode.IN_PERSON)
        .setCohortYear(2024)
        .setLocation("Seoul, Sangam")
        .setPlannedHours(40)
        .build();
  }

  private static CompletionMetricsUpdated metricsUpdated() {
    CompletionFigures figures = new CompletionFigures(20L, 17L, 3L, 0.85);
    return new CompletionMetricsUpdated(
        metadata("reporting-service"),
        Instant.parse("2024-08-01T00:00:00Z"),
        figures,
        List.of(new ProgramCompletionFigures(PROGRAM_ID, "Colour grading", figures)));
  }
}
