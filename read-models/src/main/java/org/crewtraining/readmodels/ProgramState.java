package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything reporting keeps about a programme, built from programme events only. Enrollment events
 * of a programme not created yet leave a stub ({@link #stub}) that ProgramCreated fills in later,
 * so the cross-topic arrival order does not matter.
 */
public record ProgramState(
    String programId,
    boolean created,
    String title,
    List<String> partners,
    String format,
    String track,
    String audience,
    Integer cohortYear,
    int capacity,
    LocalDate startDate,
    LocalDate endDate,
    Integer plannedHours,
    ProgramStatus status) {

  public ProgramState {
    partners = partners == null ? List.of() : List.copyOf(partners);
  }

  public static ProgramState stub(String programId) {
    return new ProgramState(
        programId,
        false,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        ProgramStatus.UNKNOWN);
  }

  ProgramState withStatus(ProgramStatus newStatus) {
    return new ProgramState(
        programId,
        created,
        title,
        partners,
        format,
        track,
        audience,
        cohortYear,
        capacity,
        startDate,
        endDate,
        plannedHours,
        newStatus);
  }

  ProgramState withCapacity(int newCapacity) {
    return new ProgramState(
        programId,
        created,
        title,
        partners,
        format,
        track,
        audience,
        cohortYear,
        newCapacity,
        startDate,
        endDate,
        plannedHours,
        status);
  }

  ProgramState withSchedule(LocalDate start, LocalDate end) {
    return new ProgramState(
        programId,
        created,
        title,
        partners,
        format,
        track,
        audience,
        cohortYear,
        capacity,
        start,
        end,
        plannedHours,
        status);
  }
}
