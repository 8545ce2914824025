package org.crewtraining.program.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.program.programme.Dates;
import org.crewtraining.program.programme.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Session rows in PostgreSQL. Writers run inside the caller's transaction, which holds the lock of
 * the programme row.
 */
@Repository
public class SessionStore {

  private static final List<String> COLUMNS =
      List.of(
          "session_id",
          "program_id",
          "session_date",
          "start_time",
          "end_time",
          "contact_minutes",
          "delivery_mode",
          "topic",
          "location",
          "online_link",
          "status",
          "change_reason_code",
          "change_note",
          "cancel_reason_code",
          "cancel_note",
          "created_at",
          "updated_at");

  /** What a change may write: the slot, the status and the reasons. */
  private static final List<String> CHANGEABLE =
      List.of(
          "session_date",
          "start_time",
          "end_time",
          "contact_minutes",
          "status",
          "change_reason_code",
          "change_note",
          "cancel_reason_code",
          "cancel_note",
          "updated_at");

  private static final String SELECT =
      "SELECT " + String.join(", ", COLUMNS) + " FROM program_session";

  private static final String ORDER = " ORDER BY session_date, start_time, created_at, session_id";

  private final JdbcClient jdbc;

  public SessionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String programId, Session session, Instant at) {
    Map<String, Object> params = parameters(programId, session, at);
    params.put("created_at", Timestamp.from(at));
    jdbc.sql(
            "INSERT INTO program_session ("
                + String.join(", ", COLUMNS)
                + ") VALUES ("
                + String.join(", ", COLUMNS.stream().map(c -> ":" + c).toList())
                + ")")
        .params(params)
        .update();
  }

  public void update(String programId, Session session, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE program_session SET "
                    + String.join(", ", CHANGEABLE.stream().map(c -> c + " = :" + c).toList())
                    + " WHERE session_id = :session_id AND program_id = :program_id")
            .params(parameters(programId, session, at))
            .update();
    if (updated != 1) {
      throw new IllegalStateException("Session " + session.sessionId() + " is gone");
    }
  }

  public Optional<Session> find(String programId, String sessionId) {
    return jdbc.sql(SELECT + " WHERE program_id = ? AND session_id = ?")
        .params(programId, sessionId)
        .query(SessionStore::map)
        .optional();
  }

  /** Every session of the programme, active and cancelled, in calendar order. */
  public List<Session> list(String programId) {
    return jdbc.sql(SELECT + " WHERE program_id = ?" + ORDER)
        .param(programId)
        .query(SessionStore::map)
        .list();
  }

  public int count(String programId) {
    return jdbc.sql("SELECT count(*) FROM program_session WHERE program_id = ?")
        .param(programId)
        .query(Integer.class)
        .single();
  }

  /** The ids of the programme's active sessions. */
  public List<String> activeIds(String programId) {
    return jdbc.sql(
            "SELECT session_id FROM program_session WHERE program_id = ? AND status = 'ACTIVE'")
        .param(programId)
        .query(String.class)
        .list();
  }

  /** The dates of the earliest and latest active session; empty when there is none. */
  public Optional<Dates> activeSpan(String programId) {
    return jdbc
        .sql(
            "SELECT min(session_date) AS first, max(session_date) AS last FROM program_session"
                + " WHERE program_id = ? AND status = 'ACTIVE'")
        .param(programId)
        .query(
            (rs, n) -> {
              LocalDate first = rs.getObject("first", LocalDate.class);
              return first == null ? null : new Dates(first, rs.getObject("last", LocalDate.class));
            })
        .list()
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  private static Map<String, Object> parameters(String programId, Session s, Instant at) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("session_id", s.sessionId());
    params.put("program_id", programId);
    params.put("session_date", s.slot().date());
    params.put("start_time", s.slot().startTime());
    params.put("end_time", s.slot().endTime());
    params.put("contact_minutes", s.slot().contactMinutes());
    params.put("delivery_mode", s.deliveryMode().name());
    params.put("topic", s.topic());
    params.put("location", s.location());
    params.put("online_link", s.onlineLink());
    params.put("status", s.status().name());
    reason(params, "change_reason_code", "change_note", s.lastChange());
    reason(params, "cancel_reason_code", "cancel_note", s.cancellation());
    params.put("updated_at", Timestamp.from(at));
    return params;
  }

  private static void reason(
      Map<String, Object> params, String codeColumn, String noteColumn, Reason<?> reason) {
    params.put(codeColumn, reason == null ? null : reason.reasonCode().name());
    params.put(noteColumn, reason == null ? null : reason.note());
  }

  private static Reason<SessionChangeReason> reason(
      ResultSet rs, String codeColumn, String noteColumn) throws SQLException {
    String code = rs.getString(codeColumn);
    return code == null
        ? null
        : new Reason<>(SessionChangeReason.valueOf(code), rs.getString(noteColumn));
  }

  private static Session map(ResultSet rs, int row) throws SQLException {
    return new Session(
        rs.getString("session_id"),
        new Slot(
            rs.getObject("session_date", LocalDate.class),
            rs.getObject("start_time", LocalTime.class),
            rs.getObject("end_time", LocalTime.class),
            rs.getInt("contact_minutes")),
        DeliveryMode.valueOf(rs.getString("delivery_mode")),
        rs.getString("topic"),
        rs.getString("location"),
        rs.getString("online_link"),
        SessionStatus.valueOf(rs.getString("status")),
        reason(rs, "change_reason_code", "change_note"),
        reason(rs, "cancel_reason_code", "cancel_note"));
  }
}
