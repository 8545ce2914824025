package org.crewtraining.reporting.query;

import org.crewtraining.readmodels.ReportedProgramStatus;

/** Optional filters of the programme list; null means "any". */
public record ProgramFilter(
    String partner, Integer cohortYear, String format, String track, ReportedProgramStatus status) {

  public static final ProgramFilter ANY = new ProgramFilter(null, null, null, null, null);
}
