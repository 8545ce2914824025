package org.crewtraining.reporting.query;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A WHERE clause built from the parts of a filter that are given: each present value adds its
 * condition and its named parameter, an absent (null) one adds nothing.
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

  public String where() {
    return where.toString();
  }

  public MapSqlParameterSource params() {
    return params;
  }
}
