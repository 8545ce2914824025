package org.crewtraining.readmodels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CompletionOutcome;
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
    return new ProgramPublished(meta("program-service"), programId, null);
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
        meta("enrollment-service"), enrollmentId, programId, participantId, type, CraftTrack.VFX);
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
}
