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
    ReportedProgramStatus status,
    LocalDate startDate,
    LocalDate endDate,
    Integer plannedHours,
    int capacity,
    long seatsTaken,
    double fillRate,
    Figures figures) {

  /** The flat shape the query API and the auditors' tool exchange, from the state's groups. */
  public static ProgramSummary of(ProgramState program, Figures figures) {
    ProgramCatalogue catalogue = program.catalogue();
    return new ProgramSummary(
        program.programId(),
        catalogue.title(),
        catalogue.partners(),
        catalogue.format(),
        catalogue.track(),
        catalogue.audience(),
        catalogue.cohortYear(),
        program.status(),
        program.dates().startDate(),
        program.dates().endDate(),
        catalogue.plannedHours(),
        program.capacity(),
        figures.seatsTaken(),
        Figures.ratio(figures.seatsTaken(), program.capacity()),
        figures);
  }
}
