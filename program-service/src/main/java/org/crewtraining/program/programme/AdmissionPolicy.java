package org.crewtraining.program.programme;

import java.time.LocalDate;
import org.crewtraining.events.programs.Admission;

/**
 * What a programme's own changes need to know of its admission, which the {@code admission} package
 * keeps. Called inside the caller's transaction, after it locked the programme row.
 */
public interface AdmissionPolicy {

  /** The admission to freeze into ProgramPublished; null when seats go first come, first served. */
  Admission admissionOf(String programId);

  /**
   * Refuses (409 naming {@code capacity}) a capacity the quotas of a DRAFT programme would not fit;
   * its admission can still be changed first.
   */
  void checkCapacity(String programId, int capacity);

  /** Refuses (409 naming {@code startDate}) a start before the applications have closed. */
  void checkStartDate(String programId, LocalDate startDate);
}
