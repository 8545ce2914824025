package org.crewtraining.enrollment.participation;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writers must hold the programme's row lock (ProgramSnapshotRepository.lock) before calling. */
@Repository
class EnrollmentRepository {

  private static final String COLUMNS =
      "enrollment_id, program_id, participant_id, status, waitlist_position, sessions_attended,"
          + " hours_attended, outcome, hours_completed, completion_date, certificate_id,"
          + " withdrawal_reason_code, withdrawal_note, cancellation_reason_code,"
          + " enrolled_at, updated_at";

  private static final RowMapper<Enrollment> ROW =
      (rs, n) -> {
        String outcome = rs.getString("outcome");
        String withdrawalCode = rs.getString("withdrawal_reason_code");
        String cancellationCode = rs.getString("cancellation_reason_code");
        return new Enrollment(
            rs.getString("enrollment_id"),
            rs.getString("program_id"),
            rs.getString("participant_id"),
            EnrollmentStatus.valueOf(rs.getString("status")),
            rs.getObject("waitlist_position", Integer.class),
            rs.getInt("sessions_attended"),
            rs.getDouble("hours_attended"),
            outcome == null ? null : CompletionOutcome.valueOf(outcome),
            rs.getObject("hours_completed", Double.class),
            rs.getObject("completion_date", LocalDate.class),
            rs.getString("certificate_id"),
            withdrawalCode == null
                ? null
                : new Withdrawal(
                    WithdrawalReason.valueOf(withdrawalCode), rs.getString("withdrawal_note")),
            cancellationCode == null ? null : ProgramCancellationReason.valueOf(cancellationCode),
            rs.getTimestamp("enrolled_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());
      };

  private final JdbcClient jdbc;

  EnrollmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Enrollment e) {
    jdbc.sql(
            "INSERT INTO enrollment (enrollment_id, program_id, participant_id, status,"
                + " waitlist_position, enrolled_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            e.status().name(),
            e.waitlistPosition(),
            Timestamp.from(e.enrolledAt()),
            Timestamp.from(e.updatedAt()))
        .update();
  }

  Optional<Enrollment> find(String enrollmentId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE enrollment_id = ?")
        .param(enrollmentId)
        .query(ROW)
        .optional();
  }

  /**
   * Seats taken and places waiting in a programme, and whether {@code participantId} (null for
   * nobody) holds either: one round trip, as the enrolment path runs it under the programme lock.
   */
  Occupancy occupancy(String programId, String participantId) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),"
                + " count(*) FILTER (WHERE status = 'WAITLISTED'),"
                + " count(*) FILTER (WHERE participant_id = ?)"
                + " FROM enrollment WHERE program_id = ? AND status IN ('CONFIRMED', 'WAITLISTED')")
        // Typed, so a null participant does not make the driver ask the server for the type.
        .params(new SqlParameterValue(Types.VARCHAR, participantId), programId)
        .query((rs, n) -> new Occupancy(rs.getInt(1), rs.getInt(2), rs.getInt(3) > 0))
        .single();
  }

  record Occupancy(int confirmed, int waitlisted, boolean participantHoldsOne) {}

  /** Confirmed first, then the waitlist in position order. */
  List<Enrollment> active(String programId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enrollment WHERE program_id = ?"
                + " AND status IN ('CONFIRMED', 'WAITLISTED')"
                + " ORDER BY waitlist_position NULLS FIRST, enrolled_at, enrollment_id")
        .param(programId)
        .query(ROW)
        .list();
  }

  /** The first {@code count} waiting, in position order. */
  List<Enrollment> waitlistHead(String programId, int count) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enrollment WHERE program_id = ? AND status = 'WAITLISTED'"
                + " ORDER BY waitlist_position LIMIT ?")
        .params(programId, count)
        .query(ROW)
        .list();
  }

  List<Enrollment> byParticipant(String participantId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enrollment WHERE participant_id = ?"
                + " ORDER BY enrolled_at, enrollment_id")
        .param(participantId)
        .query(ROW)
        .list();
  }

  void changeStatus(String enrollmentId, EnrollmentStatus status, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET status = ?, waitlist_position = NULL, updated_at = ?"
                + " WHERE enrollment_id = ?")
        .params(status.name(), Timestamp.from(at), enrollmentId)
        .update();
  }

  /** Ends the enrollment as WITHDRAWN; the note stays here, only the code is published. */
  void withdraw(String enrollmentId, Withdrawal withdrawal, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET status = 'WITHDRAWN', waitlist_position = NULL,"
                + " withdrawal_reason_code = ?, withdrawal_note = ?, updated_at = ?"
                + " WHERE enrollment_id = ?")
        .params(withdrawal.reasonCode().name(), withdrawal.note(), Timestamp.from(at), enrollmentId)
        .update();
  }

  /** Ends the enrollment as CANCELLED because its programme was, with the programme's code. */
  void cancel(String enrollmentId, ProgramCancellationReason reasonCode, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET status = 'CANCELLED', waitlist_position = NULL,"
                + " cancellation_reason_code = ?, updated_at = ? WHERE enrollment_id = ?")
        .params(reasonCode.name(), Timestamp.from(at), enrollmentId)
        .update();
  }

  /**
   * Moves everyone waiting behind {@code position} up by {@code by} places, keeping positions
   * dense. Transient duplicates are allowed by the deferred uniqueness constraint.
   */
  void closeWaitlistGap(String programId, int position, int by, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET waitlist_position = waitlist_position - ?, updated_at = ?"
                + " WHERE program_id = ? AND status = 'WAITLISTED' AND waitlist_position > ?")
        .params(by, Timestamp.from(at), programId, position)
        .update();
  }

  void recordProgress(String enrollmentId, int sessions, double hours, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET sessions_attended = ?, hours_attended = ?, updated_at = ?"
                + " WHERE enrollment_id = ?")
        .params(sessions, hours, Timestamp.from(at), enrollmentId)
        .update();
  }

  void recordCompletion(String enrollmentId, CompletionRequest c, Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET outcome = ?, hours_completed = ?, completion_date = ?,"
                + " certificate_id = ?, updated_at = ? WHERE enrollment_id = ?")
        .params(
            c.outcome().name(),
            c.hoursCompleted(),
            c.completionDate(),
            c.certificateId(),
            Timestamp.from(at),
            enrollmentId)
        .update();
  }
}
