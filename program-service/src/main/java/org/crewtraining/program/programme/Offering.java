package org.crewtraining.program.programme;

import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramFormat;

/** What a programme is, who runs it and for whom: set at creation, never changed. */
public record Offering(
    String title,
    List<String> partners,
    ProgramFormat format,
    CraftTrack track,
    Audience audience) {

  public Offering {
    partners = List.copyOf(partners);
  }
}
