package org.crewtraining.enrollment.participation;

import java.util.List;
import org.crewtraining.enrollment.participant.ParticipantService;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class EnrollmentQueries {

  private static final String ROSTER =
      "SELECT e.enrollment_id, e.participant_id, p.name, p.organisation, p.participant_type,"
          + " p.craft, e.status, e.waitlist_position, e.sessions_attended, e.hours_attended,"
          + " e.outcome, e.enrolled_at FROM enrollment e"
          + " JOIN participant p ON p.participant_id = e.participant_id"
          + " WHERE e.program_id = ? AND e.status = ?";

  private final JdbcClient jdbc;
  private final ProgramSnapshotRepository programs;
  private final ParticipantService participants;
  private final EnrollmentRepository enrollments;

  EnrollmentQueries(
      JdbcClient jdbc,
      ProgramSnapshotRepository programs,
      ParticipantService participants,
      EnrollmentRepository enrollments) {
    this.jdbc = jdbc;
    this.programs = programs;
    this.participants = participants;
    this.enrollments = enrollments;
  }

  /** Confirmed participants, in the order they got their seat. */
  public List<RosterEntry> roster(String programId) {
    requireProgram(programId);
    return jdbc.sql(ROSTER + " ORDER BY e.enrolled_at, e.enrollment_id")
        .params(programId, EnrollmentStatus.CONFIRMED.name())
        .query(RosterEntry.class)
        .list();
  }

  /** Waiting participants, next to be promoted first. */
  public List<RosterEntry> waitlist(String programId) {
    requireProgram(programId);
    return jdbc.sql(ROSTER + " ORDER BY e.waitlist_position")
        .params(programId, EnrollmentStatus.WAITLISTED.name())
        .query(RosterEntry.class)
        .list();
  }

  /** Confirmed enrolments of the programme still without an outcome, oldest first. */
  public List<Enrollment> awaitingOutcome(String programId) {
    return enrollments.awaitingOutcome(programId);
  }

  public List<Enrollment> ofParticipant(String participantId) {
    participants.get(participantId);
    return enrollments.byParticipant(participantId);
  }

  private void requireProgram(String programId) {
    if (programs.find(programId).isEmpty()) {
      throw new ResourceNotFoundException("Program", programId);
    }
  }
}
