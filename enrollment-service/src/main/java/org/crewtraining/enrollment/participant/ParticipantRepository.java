package org.crewtraining.enrollment.participant;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRepository {

  private static final RowMapper<Participant> ROW =
      (rs, n) ->
          new Participant(
              rs.getString("participant_id"),
              rs.getString("name"),
              rs.getString("email"),
              rs.getString("organisation"),
              ParticipantType.valueOf(rs.getString("participant_type")),
              CraftTrack.valueOf(rs.getString("craft")),
              rs.getTimestamp("registered_at").toInstant(),
              erasure(rs));

  private static Erasure erasure(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp erasedAt = rs.getTimestamp("erased_at");
    return erasedAt == null
        ? null
        : new Erasure(
            erasedAt.toInstant(),
            ErasureBasis.valueOf(rs.getString("erasure_basis")),
            ErasureReason.valueOf(rs.getString("erasure_reason_code")));
  }

  private static final String COLUMNS =
      "participant_id, name, email, organisation, participant_type, craft, registered_at,"
          + " erased_at, erasure_basis, erasure_reason_code";

  private final JdbcClient jdbc;

  ParticipantRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * False, writing nothing, when the e-mail is taken in any letter case (the unique index decides,
   * so of two concurrent registrations only one inserts; the transaction stays usable).
   */
  boolean insert(Participant p) {
    return jdbc.sql(
                "INSERT INTO participant (participant_id, name, email, organisation,"
                    + " participant_type, craft, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT ((lower(email))) DO NOTHING")
            .params(
                p.participantId(),
                p.name(),
                p.email(),
                p.organisation(),
                p.participantType().name(),
                p.craft().name(),
                Timestamp.from(p.registeredAt()))
            .update()
        == 1;
  }

  /** Participants whose e-mail or name equals the search's, ignoring letter case. */
  List<Participant> search(ParticipantSearch search, int limit) {
    String column = search.email() != null ? "email" : "name";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM participant WHERE lower("
                + column
                + ") = lower(?) ORDER BY registered_at, participant_id LIMIT ?")
        .params(search.email() != null ? search.email() : search.name(), limit)
        .query(ROW)
        .list();
  }

  public Optional<Participant> find(String participantId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM participant WHERE participant_id = ?")
        .param(participantId)
        .query(ROW)
        .optional();
  }
}
