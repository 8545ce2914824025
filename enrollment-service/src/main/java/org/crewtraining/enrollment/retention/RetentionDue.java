package org.crewtraining.enrollment.retention;

import java.time.LocalDate;
import java.util.List;
import org.crewtraining.enrollment.consent.ConsentPurpose;

/**
 * Who is past retention on a day, and why: the dry run the job's report shows before (and after) it
 * erases. Pseudonymous ids only, so the report itself holds no personal data.
 */
public record RetentionDue(LocalDate today, List<Participant> due) {

  /**
   * @param lastUse the end of their last programme, or their registration day
   * @param retainedUntil the last day of the longest period among the purposes that apply
   * @param purposes the purposes that applied (training administration, and optional ones held)
   */
  public record Participant(
      String participantId,
      LocalDate lastUse,
      LocalDate retainedUntil,
      List<ConsentPurpose> purposes) {}
}
