package org.crewtraining.reporting.query;

import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A WHERE clause built from the parts of a filter that are given: each present value adds its
 * condition and its named parameter, an absent (null) one adds nothing. A query over programmes
 * adds the caller's {@link PartnerScope} with {@link #visibleTo}, so a partner-bound account sees
 * only its partners' programmes (and their enrollments and applications) wherever it reads.
 */
public final class FilterConditions {

  private final StringBuilder where = new StringBuilder(" WHERE true");
  private final MapSqlParameterSource params = new MapSqlParameterSource();

  /** Adds {@code AND condition} binding {@code :name} to {@code value}, unless it is null. */
  public FilterConditions and(String condition, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      params.addValue(name, value);
    }
    return this;
  }

  /**
   * Adds the caller's scope: only programmes (the table aliased {@code p}, joined or selected) with
   * one of its partners. A row without a programme (an outer join that found none) or a programme
   * not created yet (no partners) matches no restricted scope; an unrestricted scope adds nothing.
   */
  public FilterConditions visibleTo(PartnerScope scope) {
    return visibleTo(scope, "p.partners");
  }

  /** {@link #visibleTo(PartnerScope)} for a partners column of another name or alias. */
  public FilterConditions visibleTo(PartnerScope scope, String partnersColumn) {
    if (scope.unrestricted()) {
      return this;
    }
    if (scope.partners().isEmpty()) {
      where.append(" AND false");
      return this;
    }
    where.append(" AND ").append(partnersColumn).append(" && ARRAY[:scopePartners]::text[]");
    params.addValue("scopePartners", scope.partners());
    return this;
  }

  public String where() {
    return where.toString();
  }

  public MapSqlParameterSource params() {
    return params;
  }
}
