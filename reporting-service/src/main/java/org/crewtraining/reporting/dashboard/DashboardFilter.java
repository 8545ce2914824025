package org.crewtraining.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.reporting.query.FilterConditions;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * The dashboard's filters, each optional (null = any): cohort years {@code fromYear}..{@code
 * toYear} inclusive, a partner, a format, a track. Every panel, the completions trend and the live
 * stream select programmes by it; a programme known only from enrollment events (no attributes yet)
 * matches only when no part is given, as in SQL.
 */
public record DashboardFilter(
    Integer fromYear, Integer toYear, String partner, String format, String track) {

  public static final DashboardFilter ANY = new DashboardFilter(null, null, null, null, null);

  /** From request parameters (enums already parsed, so unknown symbols were 400 before). */
  public static DashboardFilter of(
      Integer fromYear, Integer toYear, String partner, ProgramFormat format, CraftTrack track) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    if (partner != null && partner.isBlank()) {
      partner = null; // an empty select in the page: any partner
    }
    return new DashboardFilter(
        fromYear,
        toYear,
        partner,
        format == null ? null : format.name(),
        track == null ? null : track.name());
  }

  @JsonIgnore // not a part of the filter the answers echo
  public boolean isAny() {
    return equals(ANY);
  }

  /** The WHERE clause over programme rows aliased {@code p}, within what the scope shows. */
  public FilterConditions conditions(PartnerScope scope) {
    return new FilterConditions()
        .and("p.cohort_year >= :fromYear", "fromYear", fromYear)
        .and("p.cohort_year <= :toYear", "toYear", toYear)
        .and(":partner = ANY(p.partners)", "partner", partner)
        .and("p.format = :format", "format", format)
        .and("p.track = :track", "track", track)
        .visibleTo(scope);
  }

  /** The same test in memory, for the live stream's updates. */
  public boolean matches(ProgramSummary p) {
    Integer year = p.cohortYear();
    return (fromYear == null || (year != null && year >= fromYear))
        && (toYear == null || (year != null && year <= toYear))
        && (partner == null || (p.partners() != null && p.partners().contains(partner)))
        && (format == null || format.equals(p.format()))
        && (track == null || track.equals(p.track()));
  }
}
