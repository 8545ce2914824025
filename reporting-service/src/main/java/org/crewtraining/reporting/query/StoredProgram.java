package org.crewtraining.reporting.query;

import java.util.Map;
import java.util.Optional;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** One stored programme row as the fold's state, for the queries that count around it. */
final class StoredProgram {

  private StoredProgram() {}

  static Optional<ProgramState> find(NamedParameterJdbcTemplate jdbc, String programId) {
    return jdbc
        .query(
            "SELECT * FROM program WHERE program_id = :id",
            Map.of("id", programId),
            (rs, n) -> ProjectionRows.program(rs))
        .stream()
        .findFirst();
  }
}
