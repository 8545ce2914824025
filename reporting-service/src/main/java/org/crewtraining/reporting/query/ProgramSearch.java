package org.crewtraining.reporting.query;

import org.crewtraining.support.web.InvalidFieldException;

/**
 * How the dashboard narrows and orders the programme list, next to {@link ProgramFilter}: cohort
 * years {@code fromYear}..{@code toYear} (inclusive), a text searched in the title and the id (case
 * insensitive, a plain substring: no pattern characters), and the order.
 */
public record ProgramSearch(
    Integer fromYear, Integer toYear, String text, ProgramSort sort, boolean descending) {

  public static final ProgramSearch NONE =
      new ProgramSearch(null, null, null, ProgramSort.ID, false);

  /** Longest search text accepted. */
  static final int MAX_TEXT = 200;

  public static ProgramSearch of(
      Integer fromYear, Integer toYear, String text, ProgramSort sort, String direction) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidFieldException("q", "must be at most " + MAX_TEXT + " characters");
    }
    boolean descending =
        switch (direction == null ? "asc" : direction) {
          case "asc" -> false;
          case "desc" -> true;
          default -> throw new InvalidFieldException("direction", "must be asc or desc");
        };
    return new ProgramSearch(
        fromYear,
        toYear,
        text == null || text.isBlank() ? null : text.strip(),
        sort == null ? ProgramSort.ID : sort,
        descending);
  }

  /** Adds the year range and the text to the filter's conditions. */
  FilterConditions addTo(FilterConditions conditions) {
    return conditions
        .and("p.cohort_year >= :fromYear", "fromYear", fromYear)
        .and("p.cohort_year <= :toYear", "toYear", toYear)
        .and(
            "(strpos(lower(p.title), lower(:text)) > 0"
                + " OR strpos(lower(p.program_id), lower(:text)) > 0)",
            "text",
            text);
  }
}
