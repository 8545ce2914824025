package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.util.List;

/**
 * Training record of one participant (pseudonymous id).
 *
 * @param completed programmes completed
 * @param trainingHours sum of {@link EnrollmentState#hours()} over all entries
 */
public record Transcript(
    String participantId, List<Entry> entries, long completed, double trainingHours) {

  /**
   * One enrollment of the participant; title etc. are null while the programme is unknown.
   *
   * @param certificateId {@link EnrollmentState#certificateId()}: its valid certificate, else the
   *     one an outcome typed by hand named
   */
  public record Entry(
      String enrollmentId,
      String programId,
      String title,
      String format,
      String track,
      Integer cohortYear,
      ReportedEnrollmentStatus status,
      double hours,
      LocalDate completionDate,
      String certificateId) {}
}
