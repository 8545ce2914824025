package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * Everything reporting keeps about one enrollment (pseudonymous participant id only). Each event
 * replaces one group.
 *
 * @param participant {@link ParticipantProfile#UNKNOWN} while only events without it (promotion,
 *     progress, outcome) were seen
 * @param hoursAttended latest cumulative attendance from ProgressRecorded
 * @param outcome {@link EnrollmentOutcome#NONE} until the outcome is recorded
 */
public record EnrollmentState(
    String enrollmentId,
    String programId,
    String participantId,
    ParticipantProfile participant,
    EnrollmentStanding standing,
    double hoursAttended,
    EnrollmentOutcome outcome) {

  /** Training hours this enrollment delivered: its recorded outcome's hours, else attendance. */
  public double hours() {
    return outcome.hoursCompleted() != null ? outcome.hoursCompleted() : hoursAttended;
  }

  static EnrollmentState start(String enrollmentId, String programId, String participantId) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        ParticipantProfile.UNKNOWN,
        EnrollmentStanding.STARTED,
        0.0,
        EnrollmentOutcome.NONE);
  }

  EnrollmentState with(ReportedEnrollmentStatus newStatus, boolean seat, boolean viaPromotion) {
    return withStanding(standing.movedTo(newStatus, seat, viaPromotion));
  }

  EnrollmentState withParticipant(String type, String participantCraft) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        new ParticipantProfile(type, participantCraft),
        standing,
        hoursAttended,
        outcome);
  }

  /** Attendance proves a seat. */
  EnrollmentState withAttendance(double hours) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing.movedTo(standing.status(), true, false),
        hours,
        outcome);
  }

  /** An outcome proves a seat. */
  EnrollmentState withOutcome(
      ReportedEnrollmentStatus status, double hours, LocalDate date, String certificate) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing.movedTo(status, true, false),
        hoursAttended,
        new EnrollmentOutcome(hours, date, certificate));
  }

  private EnrollmentState withStanding(EnrollmentStanding newStanding) {
    return new EnrollmentState(
        enrollmentId, programId, participantId, participant, newStanding, hoursAttended, outcome);
  }
}
