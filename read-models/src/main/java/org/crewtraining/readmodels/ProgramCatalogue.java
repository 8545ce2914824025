package org.crewtraining.readmodels;

import java.util.List;

/**
 * What ProgramCreated says about a programme that never changes afterwards: what it is, for whom,
 * which cohort. {@link #UNKNOWN} (nulls, no partners) until ProgramCreated is applied.
 */
public record ProgramCatalogue(
    String title,
    List<String> partners,
    String format,
    String track,
    String audience,
    Integer cohortYear,
    Integer plannedHours) {

  public static final ProgramCatalogue UNKNOWN =
      new ProgramCatalogue(null, List.of(), null, null, null, null, null);

  public ProgramCatalogue {
    partners = partners == null ? List.of() : List.copyOf(partners);
  }
}
