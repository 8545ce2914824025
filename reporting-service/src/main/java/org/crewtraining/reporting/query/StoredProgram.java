package org.crewtraining.reporting.query;

import java.util.Optional;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** One stored programme row as the fold's state, for the queries that count around it. */
final class StoredProgram {

  private StoredProgram() {}

  /** The programme, if it is visible in the scope (else empty: 404, as if it did not exist). */
  static Optional<ProgramState> find(
      NamedParameterJdbcTemplate jdbc, String programId, PartnerScope scope) {
    FilterConditions conditions =
        new FilterConditions().and("p.program_id = :id", "id", programId).visibleTo(scope);
    return jdbc
        .query(
            "SELECT * FROM program p" + conditions.where(),
            conditions.params(),
            (rs, n) -> ProjectionRows.program(rs))
        .stream()
        .findFirst();
  }
}
