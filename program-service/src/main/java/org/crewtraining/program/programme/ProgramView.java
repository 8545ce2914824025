package org.crewtraining.program.programme;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ScheduleChangeReason;

/**
 * A programme as the API shows it. {@code cancellation} and {@code scheduleChange} include the
 * operator's note, which only this service keeps (ADR 0006).
 *
 * <p>Read back only to replay a stored idempotent response, which an earlier version of this
 * service may have written with other fields: those are skipped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramView(
    String programId,
    String title,
    List<String> partners,
    ProgramFormat format,
    CraftTrack track,
    Audience audience,
    int capacity,
    LocalDate startDate,
    LocalDate endDate,
    DeliveryMode deliveryMode,
    int cohortYear,
    String location,
    Integer plannedHours,
    String instructionLanguage,
    ProgramStatus status,
    Reason<ProgramCancellationReason> cancellation,
    Reason<ScheduleChangeReason> scheduleChange,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ProgramView of(Program p) {
    return new ProgramView(
        p.programId(),
        p.title(),
        p.partners(),
        p.format(),
        p.track(),
        p.audience(),
        p.capacity(),
        p.startDate(),
        p.endDate(),
        p.deliveryMode(),
        p.cohortYear(),
        p.location(),
        p.plannedHours(),
        p.instructionLanguage(),
        p.status(),
        p.cancellation(),
        p.scheduleChange(),
        p.version(),
        p.createdAt(),
        p.updatedAt());
  }
}
