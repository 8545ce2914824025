package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.util.List;

/**
 * Read model of one programme.
 *
 * @param seatsTaken {@link Figures#seatsTaken()}
 * @param fillRate seatsTaken / capacity; 0 when capacity is 0 (may exceed 1 after a capacity cut)
 */
public record ProgramSummary(
    String programId,
    String title,
    List<String> partners,
    String format,
    String track,
    String audience,
    Integer cohortYear,
    ProgramStatus status,
    LocalDate startDate,
    LocalDate endDate,
    Integer plannedHours,
    int capacity,
    long seatsTaken,
    double fillRate,
    Figures figures) {

  public static ProgramSummary of(ProgramState program, Figures figures) {
    return new ProgramSummary(
        program.programId(),
        program.title(),
        program.partners(),
        program.format(),
        program.track(),
        program.audience(),
        program.cohortYear(),
        program.status(),
        program.startDate(),
        program.endDate(),
        program.plannedHours(),
        program.capacity(),
        figures.seatsTaken(),
        Figures.ratio(figures.seatsTaken(), program.capacity()),
        figures);
  }
}
