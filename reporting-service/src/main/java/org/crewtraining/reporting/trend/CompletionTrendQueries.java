package org.crewtraining.reporting.trend;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.reporting.query.FilterConditions;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Completions per programme end date from the programme rows' stored totals ({@code completed}, the
 * sum the fold keeps of its enrollments' outcomes), for the programmes the filter selects.
 */
@Repository
public class CompletionTrendQueries {

  private final NamedParameterJdbcTemplate jdbc;

  public CompletionTrendQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public CompletionTrend trend(
      DashboardFilter filter, Granularity granularity, PartnerScope scope) {
    FilterConditions conditions = filter.conditions(scope);
    Map<LocalDate, Long> byEndDate = new HashMap<>();
    jdbc.query(
        "SELECT p.end_date, sum(p.completed) AS completed FROM program p"
            + conditions.where()
            + " AND p.end_date IS NOT NULL AND p.completed > 0 GROUP BY p.end_date",
        conditions.params(),
        (RowCallbackHandler)
            rs ->
                byEndDate.put(rs.getObject("end_date", LocalDate.class), rs.getLong("completed")));
    return CompletionTrend.of(filter, granularity, byEndDate);
  }
}
