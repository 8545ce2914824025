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
import org.crewtraining.support.security.PartnerScope;
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
  /** One programme of every partner's (the service itself, tests). */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProgramSelection> selection(String programId) {
    return selection(programId, PartnerScope.UNRESTRICTED);
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProgramSelection> selection(String programId, PartnerScope scope) {
    Optional<ProgramState> program = StoredProgram.find(jdbc, programId, scope);
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
   * Applications and selection over every programme visible in the scope (programmes and
   * applications of one snapshot); only programmes that select by application or have applications
   * get a line, and the totals count only those programmes' applications.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public SelectionOverview selection(PartnerScope scope) {
    FilterConditions visible = new FilterConditions().visibleTo(scope);
    List<ApplicationState> applications =
        jdbc.query(
            "SELECT a.* FROM application a LEFT JOIN program p ON p.program_id = a.program_id"
                + visible.where(),
            visible.params(),
            (rs, n) -> ApplicationRows.application(rs));
    List<ProgramState> programs =
        jdbc.query(
            "SELECT * FROM program p"
                + visible.where()
                + " AND (p.admission IS NOT NULL"
                + " OR p.program_id IN (SELECT program_id FROM application))",
            visible.params(),
            (rs, n) -> ProjectionRows.program(rs));
    return SelectionOverview.of(programs, applications);
  }
}
