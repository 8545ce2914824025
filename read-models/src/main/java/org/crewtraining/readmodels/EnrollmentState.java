package org.crewtraining.readmodels;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything reporting keeps about one enrollment (pseudonymous participant id only). Each event
 * replaces one group.
 *
 * @param participant {@link ParticipantProfile#UNKNOWN} while only events without it (promotion,
 *     progress, outcome) were seen
 * @param hoursAttended latest cumulative attendance from ProgressRecorded
 * @param outcome {@link EnrollmentOutcome#NONE} until the outcome is recorded
 * @param attendance the latest entry per session id (whatever the session's state: which entries
 *     count is decided with the programme's sessions, {@link ProgramAttendance})
 * @param assessment the latest AssessmentRecorded
 * @param certificates every certificate issued to it, by certificate id
 */
public record EnrollmentState(
    String enrollmentId,
    String programId,
    String participantId,
    ParticipantProfile participant,
    EnrollmentStanding standing,
    double hoursAttended,
    EnrollmentOutcome outcome,
    Map<String, SessionAttendance> attendance,
    EnrollmentAssessment assessment,
    Map<String, IssuedCertificate> certificates) {

  public EnrollmentState {
    attendance = Map.copyOf(attendance);
    certificates = Map.copyOf(certificates);
  }

  /** Training hours this enrollment delivered: its recorded outcome's hours, else attendance. */
  public double hours() {
    return outcome.hoursCompleted() != null ? outcome.hoursCompleted() : hoursAttended;
  }

  /**
   * The certificate to show: the latest issued one not revoked (by issue date, then id), else the
   * id an outcome typed by hand carried; null if neither.
   */
  public String certificateId() {
    return certificates.entrySet().stream()
        .filter(c -> !c.getValue().revoked())
        .max(
            Comparator.comparing(
                    (Map.Entry<String, IssuedCertificate> c) -> c.getValue().issueDate(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(outcome.certificateId());
  }

  static EnrollmentState start(String enrollmentId, String programId, String participantId) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        ParticipantProfile.UNKNOWN,
        EnrollmentStanding.STARTED,
        0.0,
        EnrollmentOutcome.NONE,
        Map.of(),
        EnrollmentAssessment.NONE,
        Map.of());
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
        outcome,
        attendance,
        assessment,
        certificates);
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
        outcome,
        attendance,
        assessment,
        certificates);
  }

  /** An attendance entry proves a seat too (it is only taken for confirmed participants). */
  EnrollmentState withSessionAttendance(String sessionId, SessionAttendance entry) {
    Map<String, SessionAttendance> changed = new HashMap<>(attendance);
    changed.put(sessionId, entry);
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing.movedTo(standing.status(), true, false),
        hoursAttended,
        outcome,
        changed,
        assessment,
        certificates);
  }

  EnrollmentState withAssessment(EnrollmentAssessment newAssessment) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing,
        hoursAttended,
        outcome,
        attendance,
        newAssessment,
        certificates);
  }

  EnrollmentState withCertificate(String certificateId, IssuedCertificate certificate) {
    Map<String, IssuedCertificate> changed = new HashMap<>(certificates);
    changed.put(certificateId, certificate);
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing,
        hoursAttended,
        outcome,
        attendance,
        assessment,
        changed);
  }

  /** An outcome proves a seat. */
  EnrollmentState withOutcome(ReportedEnrollmentStatus status, EnrollmentOutcome recorded) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        standing.movedTo(status, true, false),
        hoursAttended,
        recorded,
        attendance,
        assessment,
        certificates);
  }

  private EnrollmentState withStanding(EnrollmentStanding newStanding) {
    return new EnrollmentState(
        enrollmentId,
        programId,
        participantId,
        participant,
        newStanding,
        hoursAttended,
        outcome,
        attendance,
        assessment,
        certificates);
  }
}
