package org.crewtraining.reporting.query;

/**
 * The orders the programme list can be sorted in; each a fixed SQL expression over the programme
 * row {@code p} (never text from the request). Ties are broken by programme id.
 */
public enum ProgramSort {
  ID("p.program_id COLLATE \"C\""),
  TITLE("p.title"),
  TRACK("p.track COLLATE \"C\""),
  COHORT_YEAR("p.cohort_year"),
  STATUS("p.status COLLATE \"C\""),
  END_DATE("p.end_date"),
  CAPACITY("p.capacity"),
  ENROLLED("p.enrolled"),
  COMPLETED("p.completed"),
  COMPLETION_RATE("CASE WHEN p.enrolled = 0 THEN 0 ELSE p.completed::float8 / p.enrolled END");

  private final String expression;

  ProgramSort(String expression) {
    this.expression = expression;
  }

  /** ORDER BY clause; rows without the value (a stub's title) come last either way. */
  String orderBy(boolean descending) {
    String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
    return " ORDER BY "
        + expression
        + direction
        + (this == ID ? "" : ", p.program_id COLLATE \"C\"" + direction);
  }
}
