package org.crewtraining.reporting.crew;

import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.reporting.query.FilterConditions;
import org.crewtraining.support.security.PartnerScope;
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

  /** Counted over the enrollments of programmes visible in the scope only. */
  public DistinctCrew count(CrewFilter filter, PartnerScope scope) {
    // A missing programme row, or a stub's null attributes and empty partners, match no filter.
    FilterConditions conditions =
        new FilterConditions()
            .and("p.cohort_year >= :fromYear", "fromYear", filter.fromYear())
            .and("p.cohort_year <= :toYear", "toYear", filter.toYear())
            .and(":partner = ANY(p.partners)", "partner", filter.partner())
            .and("p.format = :format", "format", filter.format())
            .and("p.track = :track", "track", filter.track())
            .and(
                "e.participant_type = :participantType",
                "participantType",
                filter.participantType())
            .visibleTo(scope);
    return jdbc.queryForObject(
        "SELECT count(DISTINCT e.crew_member) AS participants,"
            + " count(DISTINCT e.participant_id) FILTER (WHERE e.completed = 1) AS completers"
            + " FROM enrollment e LEFT JOIN program p ON p.program_id = e.program_id"
            + conditions.where(),
        conditions.params(),
        (rs, n) -> new DistinctCrew(filter, rs.getLong("participants"), rs.getLong("completers")));
  }
}
