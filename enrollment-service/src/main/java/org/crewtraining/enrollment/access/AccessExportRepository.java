package org.crewtraining.enrollment.access;

import java.sql.Array;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccessExportRepository {

  /** Every column of the row by name; instants and arrays as JSON-friendly values. */
  private static final RowMapper<Map<String, Object>> COLUMNS =
      (rs, n) -> {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          if (value instanceof Timestamp t) {
            value = t.toInstant();
          } else if (value instanceof java.sql.Date d) {
            value = d.toLocalDate();
          } else if (value instanceof Array a) {
            value = List.of((Object[]) a.getArray());
          }
          row.put(meta.getColumnLabel(i), value);
        }
        return row;
      };

  private final JdbcClient jdbc;

  AccessExportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Map<String, Object>> enrollments(String participantId) {
    return jdbc.sql(
            "SELECT e.*, v.title AS program_title, v.start_date AS program_start_date,"
                + " v.end_date AS program_end_date FROM enrollment e"
                + " JOIN program_view v ON v.program_id = e.program_id"
                + " WHERE e.participant_id = ? ORDER BY e.enrolled_at, e.enrollment_id")
        .param(participantId)
        .query(COLUMNS)
        .list();
  }

  /** Applications with their answers (a map question → answer), without the offer's code. */
  List<Map<String, Object>> applications(String participantId) {
    List<Map<String, Object>> applications =
        jdbc.sql(
                "SELECT application_id, program_id, status, submitted_at, score,"
                    + " rejection_reason, withdrawal_reason, offered_at, offer_expires_at,"
                    + " answered_at, enrollment_id FROM application WHERE participant_id = ?"
                    + " ORDER BY submitted_at, application_id")
            .param(participantId)
            .query(COLUMNS)
            .list();
    for (Map<String, Object> application : applications) {
      Map<String, Object> answers = new LinkedHashMap<>();
      jdbc.sql(
              "SELECT question, answer FROM application_answer WHERE application_id = ?"
                  + " ORDER BY question")
          .param(application.get("application_id"))
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> {
                    answers.put(rs.getString("question"), rs.getString("answer"));
                  });
      application.put("answers", answers);
    }
    return applications;
  }

  /** Certificates without the verification code's hash (a secret, not data about the person). */
  List<Map<String, Object>> certificates(String participantId) {
    return jdbc.sql(
            "SELECT certificate_id, enrollment_id, program_id, program_title, hours, issue_date,"
                + " issuers, issued_at, revoked_at, revocation_reason_code FROM certificate"
                + " WHERE participant_id = ? ORDER BY issued_at, certificate_id")
        .param(participantId)
        .query(COLUMNS)
        .list();
  }
}
