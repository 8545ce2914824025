package org.crewtraining.program.programme;

import java.time.LocalDate;

/** When a programme runs; moved by ChangeSchedule. */
public record Dates(LocalDate startDate, LocalDate endDate) {}
