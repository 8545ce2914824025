package org.crewtraining.enrollment.attendance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crewtraining.enrollment.participation.EnrollmentStatus;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendance and assessment history. Rows are only ever added: the current value is the latest.
 * Writers hold the programme's row lock.
 */
@Repository
public class AttendanceRepository {

  private static final String ENTRY_COLUMNS =
      "enrollment_id, session_id, status, late_minutes, correction_reason_code, recorded_by,"
          + " recorded_at";

  private static final RowMapper<AttendanceEntry> ENTRY =
      (rs, n) -> {
        String reason = rs.getString("correction_reason_code");
        return new AttendanceEntry(
            rs.getString("enrollment_id"),
            rs.getString("session_id"),
            AttendanceStatus.valueOf(rs.getString("status")),
            rs.getInt("late_minutes"),
            reason == null ? null : AttendanceCorrectionReason.valueOf(reason),
            rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());
      };

  private static final RowMapper<Attendee> ATTENDEE =
      (rs, n) ->
          new Attendee(
              rs.getString("enrollment_id"),
              rs.getString("program_id"),
              rs.getString("participant_id"),
              EnrollmentStatus.valueOf(rs.getString("status")),
              rs.getString("outcome") != null);

  private final JdbcClient jdbc;

  AttendanceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Attendee> attendees(Collection<String> enrollmentIds) {
    return jdbc.sql(
            "SELECT enrollment_id, program_id, participant_id, status, outcome FROM enrollment"
                + " WHERE enrollment_id = ANY (?)")
        .param(enrollmentIds.toArray(String[]::new))
        .query(ATTENDEE)
        .list();
  }

  /** The programme's confirmed enrolments, in the order they got their seat. */
  List<Attendee> confirmed(String programId) {
    return jdbc.sql(
            "SELECT enrollment_id, program_id, participant_id, status, outcome FROM enrollment"
                + " WHERE program_id = ? AND status = 'CONFIRMED'"
                + " ORDER BY enrolled_at, enrollment_id")
        .param(programId)
        .query(ATTENDEE)
        .list();
  }

  /** The latest entry of each enrolment at the session. */
  List<AttendanceEntry> currentAt(String sessionId) {
    return jdbc.sql(
            "SELECT DISTINCT ON (enrollment_id) "
                + ENTRY_COLUMNS
                + " FROM attendance_entry WHERE session_id = ?"
                + " ORDER BY enrollment_id, entry_id DESC")
        .param(sessionId)
        .query(ENTRY)
        .list();
  }

  /** The latest entry of the enrolment at each session it has one for. */
  public List<Attendance> currentOf(String enrollmentId) {
    return jdbc
        .sql(
            "SELECT DISTINCT ON (session_id) "
                + ENTRY_COLUMNS
                + " FROM attendance_entry WHERE enrollment_id = ?"
                + " ORDER BY session_id, entry_id DESC")
        .param(enrollmentId)
        .query(ENTRY)
        .list()
        .stream()
        .map(AttendanceEntry::current)
        .toList();
  }

  Optional<AttendanceEntry> current(String enrollmentId, String sessionId) {
    return jdbc.sql(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM attendance_entry WHERE enrollment_id = ? AND session_id = ?"
                + " ORDER BY entry_id DESC LIMIT 1")
        .params(enrollmentId, sessionId)
        .query(ENTRY)
        .optional();
  }

  /** Every entry of the enrolment, oldest first per session. */
  List<AttendanceEntry> historyOf(String enrollmentId) {
    return jdbc.sql(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM attendance_entry WHERE enrollment_id = ? ORDER BY session_id, entry_id")
        .param(enrollmentId)
        .query(ENTRY)
        .list();
  }

  void insert(AttendanceEntry e) {
    jdbc.sql("INSERT INTO attendance_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.enrollmentId(),
            e.sessionId(),
            e.status().name(),
            e.lateMinutes(),
            e.reasonCode() == null ? null : e.reasonCode().name(),
            e.recordedBy(),
            Timestamp.from(e.recordedAt()))
        .update();
  }

  /** The latest assessment of the enrolment. */
  public Optional<Assessment> assessmentOf(String enrollmentId) {
    return jdbc.sql(
            "SELECT passed, assessed_on FROM assessment_entry WHERE enrollment_id = ?"
                + " ORDER BY entry_id DESC LIMIT 1")
        .param(enrollmentId)
        .query(
            (rs, n) ->
                new Assessment(enrollmentId, rs.getBoolean(1), rs.getObject(2, LocalDate.class)))
        .optional();
  }

  void insertAssessment(Assessment a, String recordedBy, java.time.Instant at) {
    jdbc.sql(
            "INSERT INTO assessment_entry (enrollment_id, passed, assessed_on, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?)")
        .params(a.enrollmentId(), a.passed(), a.assessedOn(), recordedBy, Timestamp.from(at))
        .update();
  }
}
