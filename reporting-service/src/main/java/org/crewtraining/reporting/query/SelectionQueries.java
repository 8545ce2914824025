package org.crewtraining.reporting.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crewtraining.readmodels.ApplicationState;
import org.crewtraining.readmodels.ProgramSelection;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.SelectionOverview;
import org.crewtraining.reporting.projection.ApplicationRows;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and selection from the folded tables: the programmes' admissions and the stored
 * applications, counted by {@link ProgramSelection} / {@link SelectionOverview} as the fold's read
 * models count them. The rates, medians and quota fill depend on several rows of one programme, so
 * nothing is counted in SQL.
 */
@Repository
public class SelectionQueries {

  private final NamedParameterJdbcTemplate jdbc;

  public SelectionQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One programme's applications and selection, if the programme is known. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProgramSelection> selection(String programId) {
    Optional<ProgramState> program = StoredProgram.find(jdbc, programId);
    return program.map(
        p ->
            ProgramSelection.of(
                p,
                jdbc.query(
                    "SELECT * FROM application WHERE program_id = :id",
                    Map.of("id", programId),
                    (rs, n) -> ApplicationRows.application(rs))));
  }

  /**
   * Applications and selection over every programme (programmes and applications of one snapshot);
   * only programmes that select by application or have applications get a line.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public SelectionOverview selection() {
    List<ApplicationState> applications =
        jdbc.query(
            "SELECT * FROM application", Map.of(), (rs, n) -> ApplicationRows.application(rs));
    List<ProgramState> programs =
        jdbc.query(
            "SELECT * FROM program WHERE admission IS NOT NULL"
                + " OR program_id IN (SELECT program_id FROM application)",
            Map.of(),
            (rs, n) -> ProjectionRows.program(rs));
    return SelectionOverview.of(programs, applications);
  }
}
