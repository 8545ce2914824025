package org.crewtraining.program.programme;

import org.crewtraining.events.programs.DeliveryMode;

/**
 * How, where and for which cohort a programme is taught: set at creation, never changed.
 *
 * @param location null when none was given
 * @param plannedHours null when none was given
 */
public record Delivery(
    DeliveryMode deliveryMode,
    int cohortYear,
    String location,
    Integer plannedHours,
    String instructionLanguage) {}
