package org.crewtraining.enrollment.participation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;

/**
 * @param certificateId optional; a blank one counts as absent
 */
public record CompletionRequest(
    @NotNull CompletionOutcome outcome,
    @NotNull @DecimalMin("0") @DecimalMax(MAX_HOURS) Double hoursCompleted,
    @NotNull LocalDate completionDate,
    @Pattern(regexp = "\\s*|[A-Za-z0-9][A-Za-z0-9._-]{0,99}") String certificateId) {

  /** No training programme in this domain runs longer than a year of full-time work. */
  static final String MAX_HOURS = "2000";

  CompletionRequest normalized() {
    String certificate =
        certificateId == null || certificateId.isBlank() ? null : certificateId.strip();
    return new CompletionRequest(outcome, hoursCompleted, completionDate, certificate);
  }

  /** Whether the stored completion of {@code e} says exactly what this request says. */
  boolean sameAs(Enrollment e) {
    return e.outcome() == outcome
        && e.hoursCompleted() != null
        && Double.compare(e.hoursCompleted(), hoursCompleted) == 0
        && completionDate.equals(e.completionDate())
        && Objects.equals(e.certificateId(), certificateId);
  }
}
