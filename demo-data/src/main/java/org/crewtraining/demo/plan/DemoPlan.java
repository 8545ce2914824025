package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.List;

/** The whole history to seed: a pure value, the same for the same seed, scale and day. */
public record DemoPlan(
    long seed,
    double scale,
    LocalDate today,
    List<PlannedProgram> programs,
    List<PlannedParticipant> participants) {

  public static final long DEFAULT_SEED = 20240901L;
}
