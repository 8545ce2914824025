package org.crewtraining.enrollment.participant;

import java.sql.Timestamp;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
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
              rs.getTimestamp("registered_at").toInstant());

  private final JdbcClient jdbc;

  ParticipantRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fails with DuplicateKeyException when the e-mail is taken in any letter case. */
  void insert(Participant p) {
    jdbc.sql(
            "INSERT INTO participant (participant_id, name, email, organisation,"
                + " participant_type, craft, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.participantId(),
            p.name(),
            p.email(),
            p.organisation(),
            p.participantType().name(),
            p.craft().name(),
            Timestamp.from(p.registeredAt()))
        .update();
  }

  public Optional<Participant> find(String participantId) {
    return jdbc.sql(
            "SELECT participant_id, name, email, organisation, participant_type, craft,"
                + " registered_at FROM participant WHERE participant_id = ?")
        .param(participantId)
        .query(ROW)
        .optional();
  }
}
