package org.crewtraining.reporting.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.Transcript;
import org.crewtraining.reporting.projection.FigureTotalsColumns;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read models from the folded tables. A programme's figures are the totals the fold keeps on
 * its row; overall and rollup figures are sums of what the fold stored with each enrollment ({@link
 * EnrollmentFigures}: columns {@code enrolled}, ..., {@code training_hours}) by SQL. {@link
 * Figures#of} and {@link RollupRow#of} derive the rates, as they do for the fold's {@link
 * ReadModels}.
 */
@Repository
public class ReportingQueries {

  /** Sums of the enrollments aliased {@code e}; LEFT JOIN-safe (a null row adds nothing). */
  private static final String FIGURES =
      """
      coalesce(sum(e.enrolled), 0) AS enrolled,
      coalesce(sum(e.confirmed), 0) AS confirmed,
      coalesce(sum(e.waitlisted), 0) AS waitlisted,
      coalesce(sum(e.withdrawn), 0) AS withdrawn,
      coalesce(sum(e.cancelled), 0) AS cancelled,
      coalesce(sum(e.completed), 0) AS completed,
      coalesce(sum(e.not_completed), 0) AS not_completed,
      coalesce(sum(e.promoted_from_waitlist), 0) AS promoted_from_waitlist,
      coalesce(sum(e.training_hours), 0) AS training_hours,
      coalesce(sum(e.completions_by_rule), 0) AS completions_by_rule,
      coalesce(sum(e.completions_overridden), 0) AS completions_overridden,
      coalesce(sum(e.completions_manual), 0) AS completions_manual,
      coalesce(sum(e.certificates_issued), 0) AS certificates_issued,
      coalesce(sum(e.certificates_revoked), 0) AS certificates_revoked
      """;

  /** Programme rows carry their figures (kept by the fold): no sum over enrollments per read. */
  private static final String PROGRAMS = "SELECT p.* FROM program p ";

  private final NamedParameterJdbcTemplate jdbc;

  public ReportingQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Page<ProgramSummary> programs(ProgramFilter filter, int page, int size) {
    return programs(filter, ProgramSearch.NONE, page, size);
  }

  /** The filter's programmes, narrowed and ordered as the search says, one page. */
  public Page<ProgramSummary> programs(
      ProgramFilter filter, ProgramSearch search, int page, int size) {
    FilterConditions conditions = filter.conditions();
    search.addTo(conditions);
    MapSqlParameterSource params = conditions.params();
    String where = conditions.where();
    Long total = jdbc.queryForObject("SELECT count(*) FROM program p" + where, params, Long.class);
    params.addValue("limit", size).addValue("offset", (long) page * size);
    List<ProgramSummary> items =
        jdbc.query(
            PROGRAMS
                + where
                + search.sort().orderBy(search.descending())
                + " LIMIT :limit OFFSET :offset",
            params,
            (rs, n) -> summary(rs));
    return Page.of(items, page, size, total == null ? 0 : total);
  }

  /** One programme of every partner's (the service itself, tests). */
  public Optional<ProgramSummary> program(String programId) {
    return program(programId, PartnerScope.UNRESTRICTED);
  }

  /** One programme, if it is visible in the scope (else empty, as if it did not exist). */
  public Optional<ProgramSummary> program(String programId, PartnerScope scope) {
    FilterConditions conditions =
        new FilterConditions().and("p.program_id = :id", "id", programId).visibleTo(scope);
    return jdbc
        .query(PROGRAMS + conditions.where(), conditions.params(), (rs, n) -> summary(rs))
        .stream()
        .findFirst();
  }

  /** Programme summaries of the given ids (for metrics), ordered by id. */
  public List<ProgramSummary> programs(Collection<String> programIds) {
    return jdbc.query(
        PROGRAMS + " WHERE p.program_id IN (:ids) ORDER BY p.program_id COLLATE \"C\"",
        Map.of("ids", programIds),
        (rs, n) -> summary(rs));
  }

  /** Every programme, ordered by id (the metrics' totals). */
  public List<ProgramSummary> allPrograms() {
    return allPrograms(PartnerScope.UNRESTRICTED);
  }

  /** Every programme visible in the scope, ordered by id (the SSE snapshot). */
  public List<ProgramSummary> allPrograms(PartnerScope scope) {
    FilterConditions conditions = new FilterConditions().visibleTo(scope);
    return jdbc.query(
        PROGRAMS + conditions.where() + " ORDER BY p.program_id COLLATE \"C\"",
        conditions.params(),
        (rs, n) -> summary(rs));
  }

  public Figures overall() {
    return overall(PartnerScope.UNRESTRICTED);
  }

  /** Figures over the enrollments of the programmes visible in the scope. */
  public Figures overall(PartnerScope scope) {
    if (scope.unrestricted()) {
      return jdbc.queryForObject(
          "SELECT " + FIGURES + " FROM enrollment e", Map.of(), (rs, n) -> figures(rs));
    }
    FilterConditions conditions = new FilterConditions().visibleTo(scope);
    return jdbc.queryForObject(
        "SELECT "
            + FIGURES
            + " FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
            + conditions.where(),
        conditions.params(),
        (rs, n) -> figures(rs));
  }

  public List<RollupRow> rollup(Dimension dimension, Integer cohortYear) {
    return rollup(dimension, cohortYear, PartnerScope.UNRESTRICTED);
  }

  /**
   * Rollup rows ordered by key, over the programmes visible in the scope; cohortYear (optional)
   * restricts to that year's programmes. A programme with a visible partner counts in the rows of
   * each of its partners, also the ones outside the scope.
   */
  public List<RollupRow> rollup(Dimension dimension, Integer cohortYear, PartnerScope scope) {
    FilterConditions conditions =
        new FilterConditions().and("p.cohort_year = :year", "year", cohortYear).visibleTo(scope);
    String groupAggregates = " count(DISTINCT e.crew_member) AS crew, " + FIGURES;
    String sql;
    if (dimension == Dimension.PARTICIPANT_TYPE) {
      sql =
          "SELECT coalesce(e.participant_type, 'UNKNOWN') AS key,"
              + " count(DISTINCT e.program_id) AS programmes,"
              + groupAggregates
              + " FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
              + conditions.where()
              + " GROUP BY 1 ORDER BY coalesce(e.participant_type, 'UNKNOWN') COLLATE \"C\"";
    } else {
      sql =
          "SELECT k.key, count(DISTINCT p.program_id) AS programmes,"
              + groupAggregates
              + " FROM program p CROSS JOIN LATERAL ("
              + keyOf(dimension)
              + ") AS k(key) LEFT JOIN enrollment e ON e.program_id = p.program_id"
              + conditions.where()
              + " AND p.created"
              + " GROUP BY k.key ORDER BY k.key COLLATE \"C\"";
    }
    return jdbc.query(
        sql,
        conditions.params(),
        (rs, n) ->
            RollupRow.of(
                dimension,
                rs.getString("key"),
                rs.getLong("programmes"),
                rs.getLong("crew"),
                rs.getLong("enrolled"),
                rs.getLong("completed"),
                rs.getLong("not_completed"),
                rs.getDouble("training_hours")));
  }

  public Optional<Transcript> transcript(String participantId) {
    return transcript(participantId, PartnerScope.UNRESTRICTED);
  }

  /**
   * The participant's enrollments in programmes visible in the scope; empty (404) when there is
   * none, so a partner-bound caller cannot tell a participant of other programmes from nobody.
   */
  public Optional<Transcript> transcript(String participantId, PartnerScope scope) {
    FilterConditions conditions =
        new FilterConditions().and("e.participant_id = :id", "id", participantId).visibleTo(scope);
    List<EnrollmentState> enrollments =
        jdbc.query(
            "SELECT e.* FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
                + conditions.where()
                + " ORDER BY e.program_id COLLATE \"C\", e.enrollment_id COLLATE \"C\"",
            conditions.params(),
            (rs, n) -> ProjectionRows.enrollment(rs));
    Map<String, ProgramState> programs = new HashMap<>();
    if (!enrollments.isEmpty()) {
      jdbc.query(
          "SELECT * FROM program WHERE program_id IN (:ids)",
          Map.of("ids", enrollments.stream().map(EnrollmentState::programId).distinct().toList()),
          (RowCallbackHandler)
              rs -> {
                ProgramState p = ProjectionRows.program(rs);
                programs.put(p.programId(), p);
              });
    }
    return ReadModels.transcript(participantId, enrollments, programs);
  }

  private static String keyOf(Dimension dimension) {
    return switch (dimension) {
      case PARTNER -> "SELECT DISTINCT unnest(p.partners)";
      case COHORT_YEAR -> "SELECT p.cohort_year::text";
      case FORMAT -> "SELECT p.format";
      case TRACK -> "SELECT p.track";
      case PARTICIPANT_TYPE -> throw new IllegalArgumentException("grouped by enrollment");
    };
  }

  private static ProgramSummary summary(ResultSet rs) throws SQLException {
    ProgramState program = ProjectionRows.program(rs);
    return ProgramSummary.of(program, figures(rs));
  }

  private static Figures figures(ResultSet rs) throws SQLException {
    return FigureTotalsColumns.read(rs).figures();
  }
}
