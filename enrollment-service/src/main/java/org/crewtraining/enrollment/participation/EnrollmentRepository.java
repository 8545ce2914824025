package org.crewtraining.enrollment.participation;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writers must hold the programme's row lock ({@link ProgrammeLock}) before calling. Every write
 * that changes a status moves the programme's seat counters in the same statement.
 */
@Repository
class EnrollmentRepository {

  private static final String COLUMNS =
      "enrollment_id, program_id, participant_id, status, waitlist_position, sessions_attended,"
          + " hours_attended, outcome, hours_completed, completion_date, certificate_id,"
          + " outcome_basis, override_reason_code,"
          + " withdrawal_reason_code, withdrawal_note, cancellation_reason_code,"
          + " enrolled_at, updated_at";

  private static final RowMapper<Enrollment> ROW =
      (rs, n) -> {
        String outcome = rs.getString("outcome");
        String withdrawalCode = rs.getString("withdrawal_reason_code");
        String cancellationCode = rs.getString("cancellation_reason_code");
        String basis = rs.getString("outcome_basis");
        String overrideCode = rs.getString("override_reason_code");
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
            basis == null ? null : OutcomeBasis.valueOf(basis),
            overrideCode == null ? null : CompletionOverrideReason.valueOf(overrideCode),
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

  /** Inserts a new enrolment; 409 {@code already-enrolled} if the participant has one there. */
  void insertNew(Enrollment e) {
    if (!insert(e)) {
      throw new org.crewtraining.support.web.StateConflictException(
          "already-enrolled", "The participant is already enrolled in " + e.programId());
    }
  }

  /**
   * Adds the enrollment and counts it on its programme's row. Returns false, having written
   * nothing, when the participant already holds an active enrollment in the programme: the unique
   * index decides.
   */
  boolean insert(Enrollment e) {
    return changeCounted(
            e.programId(),
            "INSERT INTO enrollment (enrollment_id, program_id, participant_id, status,"
                + " waitlist_position, enrolled_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (program_id, participant_id)"
                + " WHERE status IN ('CONFIRMED', 'WAITLISTED') DO NOTHING",
            e.status().seatsHeld(),
            e.status().waitlistPlacesHeld(),
            e.enrollmentId(),
            e.programId(),
            e.participantId(),
            e.status().name(),
            new SqlParameterValue(Types.INTEGER, e.waitlistPosition()),
            Timestamp.from(e.enrolledAt()),
            Timestamp.from(e.updatedAt()))
        == 1;
  }

  Optional<Enrollment> find(String enrollmentId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE enrollment_id = ?")
        .param(enrollmentId)
        .query(ROW)
        .optional();
  }

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

  List<Enrollment> awaitingOutcome(String programId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enrollment WHERE program_id = ? AND status = 'CONFIRMED'"
                + " AND outcome IS NULL ORDER BY enrolled_at, enrollment_id")
        .param(programId)
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

  /**
   * Confirms the first {@code count} waiting and counts them as seats taken; the caller then closes
   * the gap they leave ({@link #closeWaitlistGap}).
   */
  void promoteWaitlistHead(String programId, int count, Instant at) {
    requireChanged(
        count,
        changeCounted(
            programId,
            "UPDATE enrollment SET status = 'CONFIRMED', waitlist_position = NULL, updated_at = ?"
                + " WHERE program_id = ? AND status = 'WAITLISTED' AND waitlist_position <= ?",
            1,
            -1,
            Timestamp.from(at),
            programId,
            count));
  }

  /** Ends the enrollment as WITHDRAWN; the note stays here, only the code is published. */
  void withdraw(Enrollment e, Withdrawal withdrawal, Instant at) {
    requireChanged(
        1,
        changeCounted(
            e.programId(),
            "UPDATE enrollment SET status = 'WITHDRAWN', waitlist_position = NULL,"
                + " withdrawal_reason_code = ?, withdrawal_note = ?, updated_at = ?"
                + " WHERE enrollment_id = ? AND status = ?",
            -e.status().seatsHeld(),
            -e.status().waitlistPlacesHeld(),
            withdrawal.reasonCode().name(),
            withdrawal.note(),
            Timestamp.from(at),
            e.enrollmentId(),
            e.status().name()));
  }

  /**
   * Ends every active enrollment of the programme as CANCELLED because the programme was, with the
   * programme's code, and empties its counters.
   *
   * @param count how many the caller read as active under the lock
   */
  void cancelActive(String programId, int count, ProgramCancellationReason reasonCode, Instant at) {
    requireChanged(
        count,
        jdbc.sql(
                "WITH changed AS (UPDATE enrollment SET status = 'CANCELLED',"
                    + " waitlist_position = NULL, cancellation_reason_code = ?, updated_at = ?"
                    + " WHERE program_id = ? AND status IN ('CONFIRMED', 'WAITLISTED') RETURNING 1)"
                    + " UPDATE program_view SET seats_taken = 0, waitlist_length = 0"
                    + " WHERE program_id = ? RETURNING (SELECT count(*) FROM changed)")
            .params(reasonCode.name(), Timestamp.from(at), programId, programId)
            .query(Integer.class)
            .single());
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
    recordOutcome(
        enrollmentId,
        c.outcome(),
        c.hoursCompleted(),
        c.completionDate(),
        c.certificateId(),
        OutcomeBasis.RECORDED,
        null,
        at);
  }

  /**
   * Sets the outcome and how it came about; an override replaces an earlier outcome whatever its
   * basis.
   *
   * @param overrideReason null unless {@code basis} is OVERRIDE
   */
  void recordOutcome(
      String enrollmentId,
      CompletionOutcome outcome,
      double hours,
      LocalDate date,
      String certificateId,
      OutcomeBasis basis,
      CompletionOverrideReason overrideReason,
      Instant at) {
    jdbc.sql(
            "UPDATE enrollment SET outcome = ?, hours_completed = ?, completion_date = ?,"
                + " certificate_id = ?, outcome_basis = ?, override_reason_code = ?,"
                + " updated_at = ? WHERE enrollment_id = ?")
        .params(
            outcome.name(),
            hours,
            date,
            certificateId,
            basis.name(),
            overrideReason == null ? null : overrideReason.name(),
            Timestamp.from(at),
            enrollmentId)
        .update();
  }

  /**
   * Runs {@code change}, an INSERT or UPDATE of enrollments of one programme, and moves the
   * programme's counters by the given amounts for each row it changed, in one statement: the
   * counters move exactly when rows do, and cost one round trip with the change.
   *
   * @param params the parameters of {@code change}
   * @return the number of enrollments changed
   */
  private int changeCounted(
      String programId, String change, int seatsPerRow, int placesPerRow, Object... params) {
    List<Object> all = new ArrayList<>(Arrays.asList(params));
    all.addAll(List.of(seatsPerRow, placesPerRow, programId));
    return jdbc.sql(
            "WITH changed AS ("
                + change
                + " RETURNING 1) UPDATE program_view"
                + " SET seats_taken = seats_taken + ? * (SELECT count(*) FROM changed),"
                + " waitlist_length = waitlist_length + ? * (SELECT count(*) FROM changed)"
                + " WHERE program_id = ? AND EXISTS (SELECT 1 FROM changed)"
                + " RETURNING (SELECT count(*) FROM changed)")
        .params(all)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Writers hold the programme lock, so the rows they read are the rows they change. */
  private static void requireChanged(int expected, int changed) {
    if (changed != expected) {
      throw new IllegalStateException(
          "Expected to change " + expected + " enrollments but changed " + changed);
    }
  }
}
