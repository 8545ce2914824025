package org.crewtraining.enrollment.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionSchedule;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sessions and completion rule of each programme, kept from program events. Writers (the
 * program-event applier) hold the programme's row lock.
 */
@Repository
public class ProgramSessionRepository {

  private static final String COLUMNS =
      "session_id, program_id, session_date, start_time, end_time, contact_minutes, cancelled";

  private static final RowMapper<ProgramSession> ROW =
      (rs, n) ->
          new ProgramSession(
              rs.getString("session_id"),
              rs.getString("program_id"),
              rs.getObject("session_date", java.time.LocalDate.class),
              rs.getObject("start_time", LocalTime.class),
              rs.getObject("end_time", LocalTime.class),
              rs.getInt("contact_minutes"),
              rs.getBoolean("cancelled"));

  private final JdbcClient jdbc;

  ProgramSessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProgramSession> find(String sessionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM program_session WHERE session_id = ?")
        .param(sessionId)
        .query(ROW)
        .optional();
  }

  /** Every session of the programme, cancelled ones too, in date order. */
  public List<ProgramSession> of(String programId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM program_session WHERE program_id = ?"
                + " ORDER BY session_date, start_time, session_id")
        .param(programId)
        .query(ROW)
        .list();
  }

  /**
   * Whether the programme runs on sessions (at least one active): its progress and completion are
   * then derived from attendance, never typed by hand.
   */
  public boolean hasActiveSessions(String programId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM program_session WHERE program_id = ? AND NOT cancelled)")
        .param(programId)
        .query(Boolean.class)
        .single();
  }

  public CompletionRule ruleOf(String programId) {
    return jdbc.sql(
            "SELECT min_attended_percent, required_session_ids, assessment_required"
                + " FROM program_view WHERE program_id = ?")
        .param(programId)
        .query(
            (rs, n) ->
                new CompletionRule(
                    rs.getInt(1), List.of((String[]) rs.getArray(2).getArray()), rs.getBoolean(3)))
        .single();
  }

  void storeRule(String programId, CompletionRule rule) {
    jdbc.sql(
            "UPDATE program_view SET min_attended_percent = ?, required_session_ids = ?,"
                + " assessment_required = ? WHERE program_id = ?")
        .params(
            rule.minAttendedPercent(),
            rule.requiredSessionIds().toArray(String[]::new),
            rule.assessmentRequired(),
            programId)
        .update();
  }

  /** A redelivered scheduling with a new event id must not undo a later reschedule or cancel. */
  void insertIfAbsent(ProgramSessionScheduled scheduled, Instant at) {
    SessionSchedule s = scheduled.getSchedule();
    jdbc.sql(
            "INSERT INTO program_session ("
                + COLUMNS
                + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, false, ?)"
                + " ON CONFLICT (session_id) DO NOTHING")
        .params(
            scheduled.getSessionId(),
            scheduled.getProgramId(),
            s.getDate(),
            s.getStartTime(),
            s.getEndTime(),
            s.getContactMinutes(),
            Timestamp.from(at))
        .update();
  }

  /**
   * @return false when the programme has no such session
   */
  boolean reschedule(String programId, String sessionId, SessionSchedule s, Instant at) {
    return jdbc.sql(
                "UPDATE program_session SET session_date = ?, start_time = ?, end_time = ?,"
                    + " contact_minutes = ?, updated_at = ? WHERE session_id = ? AND program_id = ?")
            .params(
                s.getDate(),
                s.getStartTime(),
                s.getEndTime(),
                s.getContactMinutes(),
                Timestamp.from(at),
                sessionId,
                programId)
            .update()
        == 1;
  }

  /**
   * @return false when the programme has no such session
   */
  boolean cancel(String programId, String sessionId, Instant at) {
    return jdbc.sql(
                "UPDATE program_session SET cancelled = true, updated_at = ?"
                    + " WHERE session_id = ? AND program_id = ?")
            .params(Timestamp.from(at), sessionId, programId)
            .update()
        == 1;
  }
}
