package org.crewtraining.enrollment.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Selection runs: the stored proposal (as answered to the registrar) with the digest of its input,
 * until confirmed or discarded. Writers hold the programme's row lock.
 */
@Repository
class SelectionRunRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SelectionRunRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(SelectionRunView run, String inputDigest, String proposedBy) {
    jdbc.sql(
            "INSERT INTO selection_run (selection_id, program_id, status, proposal, input_digest,"
                + " proposed_by, proposed_at) VALUES (?, ?, 'PROPOSED', ?::jsonb, ?, ?, ?)")
        .params(
            run.selectionId(),
            run.programId(),
            json.writeValueAsString(run),
            inputDigest,
            proposedBy,
            Timestamp.from(run.proposedAt()))
        .update();
  }

  Optional<StoredRun> find(String programId, String selectionId) {
    return jdbc.sql(
            "SELECT status, proposal::text, input_digest, confirmed_at FROM selection_run"
                + " WHERE selection_id = ? AND program_id = ?")
        .params(selectionId, programId)
        .query(
            (rs, n) -> {
              Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
              return new StoredRun(
                  json.readValue(rs.getString(2), SelectionRunView.class)
                      .withStatus(
                          rs.getString("status"),
                          confirmedAt == null ? null : confirmedAt.toInstant()),
                  rs.getString("input_digest"));
            })
        .optional();
  }

  boolean anyConfirmed(String programId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM selection_run WHERE program_id = ?"
                + " AND status = 'CONFIRMED')")
        .param(programId)
        .query(Boolean.class)
        .single();
  }

  /** Confirms the run and discards the programme's other proposals, now stale for good. */
  void confirm(String programId, String selectionId, String confirmedBy, Instant at) {
    jdbc.sql(
            "UPDATE selection_run SET status = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?"
                + " WHERE selection_id = ? AND status = 'PROPOSED'")
        .params(confirmedBy, Timestamp.from(at), selectionId)
        .update();
    jdbc.sql(
            "UPDATE selection_run SET status = 'DISCARDED' WHERE program_id = ?"
                + " AND status = 'PROPOSED'")
        .param(programId)
        .update();
  }

  /** A run as stored, with the digest of the input it was computed from. */
  record StoredRun(SelectionRunView run, String inputDigest) {}
}
