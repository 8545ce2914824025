package org.crewtraining.program.programme;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ScheduleChangeReason;

/**
 * A training programme as stored and as the API shows it: one flat JSON object, each group's fields
 * in place (the component order is the response's field order). A change replaces only its group
 * and the revision. {@code cancellation} and {@code scheduleChange} include the operator's note,
 * which only this service keeps (ADR 0006).
 *
 * <p>Read back only to replay a stored idempotent response, which an earlier version of this
 * service may have written with other fields: those are skipped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Program(
    String programId,
    @JsonUnwrapped Offering offering,
    int capacity,
    @Schema(description = "How seats go; the details: GET /programs/{id}/admission")
        AdmissionMode admissionMode,
    @JsonUnwrapped Dates dates,
    @JsonUnwrapped Delivery delivery,
    @JsonUnwrapped Standing standing,
    @JsonUnwrapped Revision revision) {

  /** A new DRAFT programme as the request describes it. */
  public static Program draft(String programId, CreateProgram request, Instant at) {
    return new Program(
        programId,
        new Offering(
            request.title(),
            request.partners(),
            request.format(),
            request.track(),
            request.audience()),
        request.capacity(),
        AdmissionMode.FIRST_COME,
        new Dates(request.startDate(), request.endDate()),
        new Delivery(
            request.deliveryMode(),
            request.cohortYear(),
            request.location(),
            request.plannedHours(),
            request.languageOrDefault()),
        Standing.draft(),
        Revision.first(at));
  }

  public ProgramStatus status() {
    return standing.status();
  }

  public long version() {
    return revision.version();
  }

  public Program withSchedule(Dates newDates, Reason<ScheduleChangeReason> reason, Instant at) {
    return new Program(
        programId,
        offering,
        capacity,
        admissionMode,
        newDates,
        delivery,
        standing.withScheduleChange(reason),
        revision.next(at));
  }

  /**
   * A change of something the programme owns but keeps elsewhere (its sessions, its completion
   * rule): only the revision moves, so If-Match and the ETag cover those changes too.
   */
  public Program touched(Instant at) {
    return new Program(
        programId, offering, capacity, admissionMode, dates, delivery, standing, revision.next(at));
  }

  public Program withCapacity(int newCapacity, Instant at) {
    return new Program(
        programId,
        offering,
        newCapacity,
        admissionMode,
        dates,
        delivery,
        standing,
        revision.next(at));
  }

  /** Seats go another way; what the admission says in detail is kept by its own package. */
  public Program withAdmissionMode(AdmissionMode mode, Instant at) {
    return new Program(
        programId, offering, capacity, mode, dates, delivery, standing, revision.next(at));
  }

  public Program withStatus(ProgramStatus newStatus, Instant at) {
    return withStanding(standing.withStatus(newStatus), at);
  }

  public Program cancelled(Reason<ProgramCancellationReason> reason, Instant at) {
    return withStanding(standing.cancelled(reason), at);
  }

  private Program withStanding(Standing newStanding, Instant at) {
    return new Program(
        programId,
        offering,
        capacity,
        admissionMode,
        dates,
        delivery,
        newStanding,
        revision.next(at));
  }
}
