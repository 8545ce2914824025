package org.crewtraining.reporting.query;

import java.util.Objects;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.support.security.PartnerScope;

/**
 * Optional filters of the programme list; null means "any". {@code scope} is the caller's ({@link
 * PartnerScope#current()}), never optional: a filter naming a partner outside it matches nothing.
 */
public record ProgramFilter(
    String partner,
    Integer cohortYear,
    String format,
    String track,
    ReportedProgramStatus status,
    PartnerScope scope) {

  /** Every programme of every partner: for the service itself, never for a caller's request. */
  public static final ProgramFilter ANY =
      new ProgramFilter(null, null, null, null, null, PartnerScope.UNRESTRICTED);

  public ProgramFilter {
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * The WHERE clause over the programme table aliased {@code p}: every given part and the scope.
   */
  public FilterConditions conditions() {
    return new FilterConditions()
        .and(":partner = ANY(p.partners)", "partner", partner)
        .and("p.cohort_year = :cohortYear", "cohortYear", cohortYear)
        .and("p.format = :format", "format", format)
        .and("p.track = :track", "track", track)
        .and("p.status = :status", "status", status == null ? null : status.name())
        .visibleTo(scope);
  }
}
