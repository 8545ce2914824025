package org.crewtraining.reporting.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.EnrollmentStatus;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.Transcript;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read models computed by SQL aggregates over the folded tables, with the definitions of {@link
 * Figures} and {@link ReadModels} (tests hold the two equal).
 */
@Repository
public class ReportingQueries {

  /** Figures of the enrollments aliased {@code e}; LEFT JOIN-safe (a null row counts nowhere). */
  private static final String FIGURES =
      """
      count(e.enrollment_id) FILTER (WHERE e.ever_confirmed) AS enrolled,
      count(e.enrollment_id) FILTER (WHERE e.status = 'CONFIRMED') AS confirmed,
      count(e.enrollment_id) FILTER (WHERE e.status = 'WAITLISTED') AS waitlisted,
      count(e.enrollment_id) FILTER (WHERE e.status = 'WITHDRAWN') AS withdrawn,
      count(e.enrollment_id) FILTER (WHERE e.status = 'CANCELLED') AS cancelled,
      count(e.enrollment_id) FILTER (WHERE e.status = 'COMPLETED') AS completed,
      count(e.enrollment_id) FILTER (WHERE e.status = 'NOT_COMPLETED') AS not_completed,
      count(e.enrollment_id) FILTER (WHERE e.promoted) AS promoted,
      coalesce(sum(coalesce(e.hours_completed, e.hours_attended)), 0) AS hours
      """;

  private static final String PROGRAMS =
      "SELECT p.*, f.* FROM program p CROSS JOIN LATERAL (SELECT "
          + FIGURES
          + " FROM enrollment e WHERE e.program_id = p.program_id) f ";

  private final NamedParameterJdbcTemplate jdbc;

  public ReportingQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Page<ProgramSummary> programs(ProgramFilter filter, int page, int size) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    StringBuilder where = new StringBuilder(" WHERE true");
    if (filter.partner() != null) {
      where.append(" AND :partner = ANY(p.partners)");
      params.addValue("partner", filter.partner());
    }
    if (filter.cohortYear() != null) {
      where.append(" AND p.cohort_year = :cohortYear");
      params.addValue("cohortYear", filter.cohortYear());
    }
    if (filter.format() != null) {
      where.append(" AND p.format = :format");
      params.addValue("format", filter.format());
    }
    if (filter.track() != null) {
      where.append(" AND p.track = :track");
      params.addValue("track", filter.track());
    }
    if (filter.status() != null) {
      where.append(" AND p.status = :status");
      params.addValue("status", filter.status().name());
    }
    Long total = jdbc.queryForObject("SELECT count(*) FROM program p" + where, params, Long.class);
    params.addValue("limit", size).addValue("offset", (long) page * size);
    List<ProgramSummary> items =
        jdbc.query(
            PROGRAMS + where + " ORDER BY p.program_id COLLATE \"C\" LIMIT :limit OFFSET :offset",
            params,
            (rs, n) -> summary(rs));
    return Page.of(items, page, size, total == null ? 0 : total);
  }

  public Optional<ProgramSummary> program(String programId) {
    return jdbc
        .query(
            PROGRAMS + " WHERE p.program_id = :id",
            java.util.Map.of("id", programId),
            (rs, n) -> summary(rs))
        .stream()
        .findFirst();
  }

  /** Programme summaries of the given ids (for metrics), ordered by id. */
  public List<ProgramSummary> programs(Collection<String> programIds) {
    return jdbc.query(
        PROGRAMS + " WHERE p.program_id IN (:ids) ORDER BY p.program_id COLLATE \"C\"",
        java.util.Map.of("ids", programIds),
        (rs, n) -> summary(rs));
  }

  /** Every programme, ordered by id (the SSE snapshot). */
  public List<ProgramSummary> allPrograms() {
    return jdbc.query(
        PROGRAMS + " ORDER BY p.program_id COLLATE \"C\"",
        java.util.Map.of(),
        (rs, n) -> summary(rs));
  }

  public Figures overall() {
    return jdbc.queryForObject(
        "SELECT " + FIGURES + " FROM enrollment e", java.util.Map.of(), (rs, n) -> figures(rs));
  }

  /** Rollup rows ordered by key; cohortYear (optional) restricts to that year's programmes. */
  public List<RollupRow> rollup(Dimension dimension, Integer cohortYear) {
    MapSqlParameterSource params = new MapSqlParameterSource("year", cohortYear);
    String yearFilter = cohortYear == null ? "" : " AND p.cohort_year = :year";
    String groupAggregates =
        " count(DISTINCT e.participant_id) FILTER (WHERE e.ever_confirmed) AS crew, " + FIGURES;
    String sql;
    if (dimension == Dimension.PARTICIPANT_TYPE) {
      sql =
          "SELECT coalesce(e.participant_type, 'UNKNOWN') AS key,"
              + " count(DISTINCT e.program_id) AS programmes,"
              + groupAggregates
              + " FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
              + " WHERE true"
              + yearFilter
              + " GROUP BY 1 ORDER BY coalesce(e.participant_type, 'UNKNOWN') COLLATE \"C\"";
    } else {
      sql =
          "SELECT k.key, count(DISTINCT p.program_id) AS programmes,"
              + groupAggregates
              + " FROM program p CROSS JOIN LATERAL ("
              + keyOf(dimension)
              + ") AS k(key) LEFT JOIN enrollment e ON e.program_id = p.program_id"
              + " WHERE p.created"
              + yearFilter
              + " GROUP BY k.key ORDER BY k.key COLLATE \"C\"";
    }
    return jdbc.query(
        sql,
        params,
        (rs, n) ->
            RollupRow.of(
                dimension,
                rs.getString("key"),
                rs.getLong("programmes"),
                rs.getLong("crew"),
                rs.getLong("enrolled"),
                rs.getLong("completed"),
                rs.getLong("not_completed"),
                rs.getDouble("hours")));
  }

  public Optional<Transcript> transcript(String participantId) {
    List<Transcript.Entry> entries =
        jdbc.query(
            "SELECT e.*, p.title, p.format, p.track, p.cohort_year FROM enrollment e"
                + " LEFT JOIN program p ON p.program_id = e.program_id"
                + " WHERE e.participant_id = :id"
                + " ORDER BY e.program_id COLLATE \"C\", e.enrollment_id COLLATE \"C\"",
            java.util.Map.of("id", participantId),
            (rs, n) ->
                new Transcript.Entry(
                    rs.getString("enrollment_id"),
                    rs.getString("program_id"),
                    rs.getString("title"),
                    rs.getString("format"),
                    rs.getString("track"),
                    rs.getObject("cohort_year", Integer.class),
                    EnrollmentStatus.valueOf(rs.getString("status")),
                    rs.getObject("hours_completed") != null
                        ? rs.getDouble("hours_completed")
                        : rs.getDouble("hours_attended"),
                    rs.getObject("completion_date", LocalDate.class),
                    rs.getString("certificate_id")));
    return entries.isEmpty()
        ? Optional.empty()
        : Optional.of(ReadModels.transcriptOf(participantId, entries));
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
    ProgramState program = ProjectionStore.program(rs);
    return ProgramSummary.of(program, figures(rs));
  }

  private static Figures figures(ResultSet rs) throws SQLException {
    return Figures.of(
        rs.getLong("enrolled"),
        rs.getLong("confirmed"),
        rs.getLong("waitlisted"),
        rs.getLong("withdrawn"),
        rs.getLong("cancelled"),
        rs.getLong("completed"),
        rs.getLong("not_completed"),
        rs.getLong("promoted"),
        rs.getDouble("hours"));
  }
}
