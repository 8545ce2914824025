package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * Everything reporting keeps about one enrollment (pseudonymous participant id only).
 *
 * @param participantType null while only events without it (promotion, progress, outcome) were seen
 * @param everConfirmed held a seat at some point: counts as "enrolled" from then on
 * @param promoted got its seat through a waitlist promotion
 * @param hoursAttended latest cumulative attendance from ProgressRecorded
 * @param hoursCompleted hours from CompletionRecorded; null until the outcome is recorded
 */
public record EnrollmentState(
    String enrollmentId,
    String programId,
    String participantId,
    String participantType,
    String craft,
    EnrollmentStatus status,
    boolean everConfirmed,
    boolean promoted,
    double hoursAttended,
    Double hoursCompleted,
    LocalDate completionDate,
    String certificateId) {

  /** Training hours this enrollment delivered: its recorded outcome's hours, else attendance. */
  public double hours() {
    return hoursCompleted != null ? hoursCompleted : hoursAttended;
  }

  static EnrollmentState start(String enrollmentId, String programId, String participantId) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        null,
        null,
        EnrollmentStatus.CONFIRMED,
        false,
        false,
        0.0,
        null,
        null,
        null);
  }

  EnrollmentState with(EnrollmentStatus newStatus, boolean seat, boolean viaPromotion) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participantType,
        craft,
        newStatus,
        everConfirmed || seat,
        promoted || viaPromotion,
        hoursAttended,
        hoursCompleted,
        completionDate,
        certificateId);
  }

  EnrollmentState withParticipant(String type, String participantCraft) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        type,
        participantCraft,
        status,
        everConfirmed,
        promoted,
        hoursAttended,
        hoursCompleted,
        completionDate,
        certificateId);
  }

  EnrollmentState withAttendance(double hours) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participantType,
        craft,
        status,
        true,
        promoted,
        hours,
        hoursCompleted,
        completionDate,
        certificateId);
  }

  EnrollmentState withOutcome(
      EnrollmentStatus outcome, double hours, LocalDate date, String certificate) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participantType,
        craft,
        outcome,
        true,
        promoted,
        hoursAttended,
        hours,
        date,
        certificate);
  }
}
