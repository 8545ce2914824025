package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole history to seed: a pure value, the same for the same seed, scale and day.
 *
 * @param programs the 2022-2025 history, first come, first served
 * @param selections next year's programmes that select by application (applicants from {@code
 *     participants})
 */
public record DemoPlan(
    long seed,
    double scale,
    LocalDate today,
    List<PlannedProgram> programs,
    List<PlannedParticipant> participants,
    List<PlannedSelection> selections) {

  public static final long DEFAULT_SEED = 20240901L;
}
