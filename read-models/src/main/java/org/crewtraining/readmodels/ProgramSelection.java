package org.crewtraining.readmodels;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Applications and selection at one programme: its admission and the {@link SelectionFigures} of
 * its applications, and how full each quota of its admission is. Computed when asked, from the
 * programme's state and its applications' (like {@link ProgramAttendance}): nothing is summed when
 * stored.
 *
 * @param admissionMode FIRST_COME also for a programme not published yet
 * @param applicationsOpenAt null unless by application
 * @param quotas one row per quota of the admission, in its order; none for first come
 */
public record ProgramSelection(
    String programId,
    String title,
    ReportedProgramStatus status,
    int capacity,
    AdmissionMode admissionMode,
    Instant applicationsOpenAt,
    Instant applicationsCloseAt,
    Integer offerValidityHours,
    SelectionFigures figures,
    List<QuotaFill> quotas) {

  /**
   * One quota and how it filled.
   *
   * @param offered seats offered to the group's applications (by selection or from the reserve)
   * @param confirmed of those, accepted: the group's seats confirmed from offers
   * @param minimumMet confirmed reaches minSeats
   * @param fillRate confirmed / maxSeats; 0 with maxSeats 0
   */
  public record QuotaFill(
      String participantType,
      String craft,
      int minSeats,
      int maxSeats,
      long offered,
      long confirmed,
      boolean minimumMet,
      double fillRate) {}

  /** The programme's figures from its state and its applications (others are ignored). */
  public static ProgramSelection of(
      ProgramState program, Collection<ApplicationState> applications) {
    List<ApplicationState> own =
        applications.stream().filter(a -> a.programId().equals(program.programId())).toList();
    ProgramAdmission admission = program.admission();
    return new ProgramSelection(
        program.programId(),
        program.catalogue().title(),
        program.status(),
        program.capacity(),
        program.admissionMode(),
        admission == null ? null : admission.applicationsOpenAt(),
        admission == null ? null : admission.applicationsCloseAt(),
        admission == null ? null : admission.offerValidityHours(),
        SelectionFigures.of(own),
        admission == null
            ? List.of()
            : admission.quotas().stream().map(q -> fill(q, own)).toList());
  }

  /** Selects by application, or has applications all the same (a stub's, or before v3). */
  public boolean reported() {
    return admissionMode == AdmissionMode.APPLICATION || figures.submitted() > 0;
  }

  private static QuotaFill fill(AdmissionQuota quota, List<ApplicationState> applications) {
    long offered = 0;
    long confirmed = 0;
    for (ApplicationState a : applications) {
      if (a.offer().made() && quota.covers(a)) {
        offered++;
        confirmed += a.offer().accepted() ? 1 : 0;
      }
    }
    return new QuotaFill(
        quota.participantType(),
        quota.craft(),
        quota.minSeats(),
        quota.maxSeats(),
        offered,
        confirmed,
        confirmed >= quota.minSeats(),
        Figures.ratio(confirmed, quota.maxSeats()));
  }
}
