package org.crewtraining.enrollment.erasure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every place this service keeps a participant's personal data or free text about them, destroyed
 * in the caller's transaction: name, e-mail and organisation, withdrawal notes, application answers
 * and the stored responses of Idempotency-Keys that held any of them. A new table holding such text
 * must be added here (the system test scans every text column of every table).
 */
@Repository
class ErasureRepository {

  /** The participant row, locked; its personal data null once erased. */
  record Subject(
      String participantId,
      String name,
      String email,
      String organisation,
      Instant erasedAt,
      ErasureBasis basis,
      ErasureReason reasonCode) {}

  private final JdbcClient jdbc;

  ErasureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Subject> lock(String participantId) {
    return jdbc.sql(
            "SELECT participant_id, name, email, organisation, erased_at, erasure_basis,"
                + " erasure_reason_code FROM participant WHERE participant_id = ? FOR UPDATE")
        .param(participantId)
        .query(
            (rs, n) -> {
              Timestamp erasedAt = rs.getTimestamp("erased_at");
              return new Subject(
                  rs.getString("participant_id"),
                  rs.getString("name"),
                  rs.getString("email"),
                  rs.getString("organisation"),
                  erasedAt == null ? null : erasedAt.toInstant(),
                  erasedAt == null ? null : ErasureBasis.valueOf(rs.getString("erasure_basis")),
                  erasedAt == null
                      ? null
                      : ErasureReason.valueOf(rs.getString("erasure_reason_code")));
            })
        .optional();
  }

  void destroy(Subject subject, Instant at, ErasureBasis basis, ErasureReason reason) {
    String id = subject.participantId();
    // Stored responses first, while the e-mail is still known: any that holds the participant's id
    // (an application's answers travel with it) or e-mail. Not the name: a short one would match
    // other people's responses.
    jdbc.sql(
            "DELETE FROM idempotency_key WHERE strpos(response_json, ?) > 0"
                + " OR strpos(lower(response_json), lower(?)) > 0")
        .params(id, subject.email())
        .update();
    jdbc.sql(
            "DELETE FROM application_answer WHERE application_id IN"
                + " (SELECT application_id FROM application WHERE participant_id = ?)")
        .param(id)
        .update();
    jdbc.sql(
            "UPDATE enrollment SET withdrawal_note = NULL"
                + " WHERE participant_id = ? AND withdrawal_note IS NOT NULL")
        .param(id)
        .update();
    jdbc.sql(
            "UPDATE participant SET name = NULL, email = NULL, organisation = NULL,"
                + " erased_at = ?, erasure_basis = ?, erasure_reason_code = ?"
                + " WHERE participant_id = ?")
        .params(Timestamp.from(at), basis.name(), reason.name(), id)
        .update();
  }
}
