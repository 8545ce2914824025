package org.crewtraining.program.programme;

import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;

/** List filters; a null member does not filter. Partner matches one partner name exactly. */
public record ProgramFilter(
    ProgramStatus status,
    String partner,
    ProgramFormat format,
    CraftTrack track,
    Integer cohortYear) {

  public static ProgramFilter none() {
    return new ProgramFilter(null, null, null, null, null);
  }
}
