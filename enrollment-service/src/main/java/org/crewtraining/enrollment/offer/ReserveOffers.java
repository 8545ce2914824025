package org.crewtraining.enrollment.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.crewtraining.enrollment.participation.EnrollmentLifecycle;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.FreedSeats;
import org.crewtraining.enrollment.programme.ProgramAdmission;
import org.crewtraining.enrollment.programme.ProgramAdmissionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.selection.Candidate;
import org.crewtraining.enrollment.selection.SelectionPolicy;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.OfferBasis;
import org.springframework.stereotype.Component;

/**
 * Makes offers: those of a confirmed selection and, whenever a seat frees (an offer declined or
 * expired, a confirmed enrolment withdrawn, the capacity raised), the next reserve applicant as
 * {@link SelectionPolicy#nextFromReserve} picks. Callers hold the programme's row lock.
 */
@Component
class ReserveOffers implements FreedSeats {

  private final OfferRepository offers;
  private final OfferEvents events;
  private final ProgramAdmissionRepository admissions;
  private final Clock clock;

  ReserveOffers(
      OfferRepository offers,
      OfferEvents events,
      ProgramAdmissionRepository admissions,
      Clock clock) {
    this.offers = offers;
    this.events = events;
    this.admissions = admissions;
    this.clock = clock;
  }

  /** Offers the application a seat until now + the programme's offer validity. */
  EventMetadata offer(
      OfferRow application,
      ProgramAdmission admission,
      String selectionId,
      OfferBasis basis,
      EventCause cause) {
    Instant now = clock.instant();
    // Millisecond precision: the event's timestamp-millis and the stored deadline are one instant.
    Instant expiresAt = now.plus(admission.offerValidity()).truncatedTo(ChronoUnit.MILLIS);
    offers.offer(application.applicationId(), selectionId, now, expiresAt, OfferCodes.next());
    return events.offered(application, selectionId, basis, expiresAt, cause);
  }

  @Override
  public boolean offerToReserve(ProgramSnapshot program, EventCause cause) {
    Optional<ProgramAdmission> admission = admissions.find(program.programId());
    if (admission.isEmpty()) {
      return false;
    }
    offerFreeSeats(program, admission.get(), cause);
    return true;
  }

  /**
   * Offers free seats to the reserve while one is free and someone fits, while the programme is
   * open: one seat after a decline, an expiry or a withdrawal; more after a capacity increase.
   */
  void offerFreeSeats(ProgramSnapshot program, ProgramAdmission admission, EventCause cause) {
    if (!EnrollmentLifecycle.takesEnrolments(program.status())) {
      return;
    }
    while (true) {
      List<OfferRow> reserve = offers.reserve(program.programId());
      Optional<Candidate> next =
          SelectionPolicy.nextFromReserve(
              program.capacity(),
              admission.quotas(),
              offers.holders(program.programId()),
              reserve.stream().map(OfferRow::candidate).toList());
      if (next.isEmpty()) {
        return;
      }
      OfferRow row =
          reserve.stream()
              .filter(r -> r.applicationId().equals(next.get().applicationId()))
              .findFirst()
              .orElseThrow();
      offer(row, admission, row.selectionId(), OfferBasis.RESERVE, cause);
    }
  }
}
