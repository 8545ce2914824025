package org.crewtraining.enrollment.consent;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

  private static final RowMapper<ConsentEntry> ROW =
      (rs, n) ->
          new ConsentEntry(
              ConsentPurpose.valueOf(rs.getString("purpose")),
              ConsentEntry.ConsentAction.valueOf(rs.getString("action")),
              rs.getString("notice_version"),
              rs.getTimestamp("occurred_at").toInstant(),
              rs.getString("recorded_by"),
              rs.getTimestamp("recorded_at").toInstant());

  private final JdbcClient jdbc;

  ConsentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void append(String participantId, ConsentEntry entry) {
    jdbc.sql(
            "INSERT INTO consent_entry (participant_id, purpose, action, notice_version,"
                + " occurred_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            participantId,
            entry.purpose().name(),
            entry.action().name(),
            entry.noticeVersion(),
            Timestamp.from(entry.occurredAt()),
            entry.recordedBy(),
            Timestamp.from(entry.recordedAt()))
        .update();
  }

  /**
   * Whether the participant is erased; empty when unknown. With {@code lock}, holds its row until
   * the transaction ends (an erasure waits for it).
   */
  java.util.Optional<Boolean> erased(String participantId, boolean lock) {
    return jdbc.sql(
            "SELECT erased_at IS NOT NULL FROM participant WHERE participant_id = ?"
                + (lock ? " FOR UPDATE" : ""))
        .param(participantId)
        .query(Boolean.class)
        .optional();
  }

  List<ConsentEntry> history(String participantId) {
    return jdbc.sql(
            "SELECT purpose, action, notice_version, occurred_at, recorded_by, recorded_at"
                + " FROM consent_entry WHERE participant_id = ? ORDER BY entry_id")
        .param(participantId)
        .query(ROW)
        .list();
  }
}
