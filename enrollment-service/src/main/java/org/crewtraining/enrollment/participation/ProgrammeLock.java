package org.crewtraining.enrollment.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.events.common.CraftTrack;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a programme's row lock for an enrollment change and reads, in the same round trip, what the
 * change decides on: the programme, its seat counters and, for an enrolment, the newcomer. Every
 * enrollment change of a programme takes this lock first (the program-event applier takes it
 * through {@link ProgramSnapshotRepository#lock}), so seats and waitlist positions are decided by
 * one transaction at a time and the counters cannot move underneath.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProgrammeLock {

  /** Whether the programme selects by application (its admission frozen at publication). */
  private static final String BY_APPLICATION =
      ", EXISTS (SELECT 1 FROM program_admission a WHERE a.program_id = v.program_id)"
          + " AS by_application";

  /** Only the programme row is locked; the participant row is read, not locked. */
  private static final String FOR_ENROLMENT =
      "SELECT "
          + ProgramSnapshotRepository.COLUMNS
          + ", v.seats_taken, v.waitlist_length, p.participant_type, p.craft"
          + BY_APPLICATION
          // an erased participant is nobody to enrol any more
          + " FROM program_view v LEFT JOIN participant p ON p.participant_id = ?"
          + " AND p.erased_at IS NULL"
          + " WHERE v.program_id = ? FOR UPDATE OF v";

  private static final String OF_ENROLLMENT =
      "SELECT "
          + ProgramSnapshotRepository.COLUMNS
          + ", seats_taken, waitlist_length"
          + BY_APPLICATION
          + " FROM program_view v WHERE program_id = (SELECT program_id FROM enrollment WHERE enrollment_id = ?)"
          + " FOR UPDATE";

  private static final RowMapper<Locked> LOCKED = (rs, n) -> locked(rs, n, null);

  private static final RowMapper<Locked> LOCKED_WITH_NEWCOMER =
      (rs, n) -> {
        String type = rs.getString("participant_type");
        return locked(
            rs,
            n,
            type == null
                ? null
                : new Newcomer(
                    ParticipantType.valueOf(type), CraftTrack.valueOf(rs.getString("craft"))));
      };

  private final JdbcClient jdbc;

  ProgrammeLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The programme and its counters, locked, with the participant; empty when the programme is
   * unknown, a null newcomer when the participant is.
   */
  Optional<Locked> forEnrolment(String programId, String participantId) {
    return jdbc.sql(FOR_ENROLMENT)
        .params(participantId, programId)
        .query(LOCKED_WITH_NEWCOMER)
        .optional();
  }

  /**
   * The programme of an enrollment and its counters, locked; empty when the enrollment is unknown.
   */
  Optional<Locked> ofEnrollment(String enrollmentId) {
    return jdbc.sql(OF_ENROLLMENT).param(enrollmentId).query(LOCKED).optional();
  }

  /** The counters of a programme whose row the caller has already locked. */
  Seats seats(String programId) {
    return jdbc.sql("SELECT seats_taken, waitlist_length FROM program_view WHERE program_id = ?")
        .param(programId)
        .query((rs, n) -> new Seats(rs.getInt(1), rs.getInt(2)))
        .single();
  }

  private static Locked locked(ResultSet rs, int n, Newcomer newcomer) throws SQLException {
    return new Locked(
        ProgramSnapshotRepository.ROW.mapRow(rs, n),
        new Seats(rs.getInt("seats_taken"), rs.getInt("waitlist_length")),
        newcomer,
        rs.getBoolean("by_application"));
  }

  /**
   * @param newcomer null unless locked for an enrolment of a registered participant
   * @param selectsByApplication seats of such a programme go only through offers of its selection
   */
  record Locked(
      ProgramSnapshot program, Seats seats, Newcomer newcomer, boolean selectsByApplication) {}
}
