package org.crewtraining.enrollment.participation;

import java.time.LocalDate;
import org.crewtraining.support.web.InvalidFieldException;

/** Date rules for a completion record, checked against the programme and today. */
final class CompletionRules {

  private CompletionRules() {}

  static void checkCompletionDate(LocalDate completionDate, LocalDate today, LocalDate start) {
    if (completionDate.isAfter(today)) {
      throw new InvalidFieldException("completionDate", "must not be in the future");
    }
    if (completionDate.isBefore(start)) {
      throw new InvalidFieldException(
          "completionDate", "must not be before the programme start " + start);
    }
  }
}
