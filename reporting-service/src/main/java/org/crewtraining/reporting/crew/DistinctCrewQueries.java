package org.crewtraining.reporting.crew;

import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.DistinctCrew;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link DistinctCrew} from the folded tables: {@code crew_member} is what the fold stored as the
 * enrollment's crew member (its participant once it held a seat), {@code completed} its completed
 * count, so COUNT(DISTINCT ...) over them counts what {@link DistinctCrew#of} counts.
 */
@Repository
public class DistinctCrewQueries {

  private final NamedParameterJdbcTemplate jdbc;

  public DistinctCrewQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public DistinctCrew count(CrewFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    StringBuilder where = new StringBuilder(" WHERE true");
    // A missing programme row, or a stub's null attributes and empty partners, match no filter.
    if (filter.fromYear() != null) {
      where.append(" AND p.cohort_year >= :fromYear");
      params.addValue("fromYear", filter.fromYear());
    }
    if (filter.toYear() != null) {
      where.append(" AND p.cohort_year <= :toYear");
      params.addValue("toYear", filter.toYear());
    }
    if (filter.partner() != null) {
      where.append(" AND :partner = ANY(p.partners)");
      params.addValue("partner", filter.partner());
    }
    if (filter.format() != null) {
      where.append(" AND p.format = :format");
      params.addValue("format", filter.format());
    }
    if (filter.track() != null) {
      where.append(" AND p.track = :track");
      params.addValue("track", filter.track());
    }
    if (filter.participantType() != null) {
      where.append(" AND e.participant_type = :participantType");
      params.addValue("participantType", filter.participantType());
    }
    return jdbc.queryForObject(
        "SELECT count(DISTINCT e.crew_member) AS participants,"
            + " count(DISTINCT e.participant_id) FILTER (WHERE e.completed = 1) AS completers"
            + " FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
            + where,
        params,
        (rs, n) -> new DistinctCrew(filter, rs.getLong("participants"), rs.getLong("completers")));
  }
}
