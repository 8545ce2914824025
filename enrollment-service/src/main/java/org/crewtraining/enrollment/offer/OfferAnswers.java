package org.crewtraining.enrollment.offer;

import java.time.Clock;
import java.time.Instant;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.OfferedSeatEnrolment;
import org.crewtraining.enrollment.programme.ProgramAdmission;
import org.crewtraining.enrollment.programme.ProgramAdmissionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.OfferRelease;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's answer to an offer, by the offer's code: accept (a confirmed enrolment) or decline
 * (the seat goes to the reserve). Each runs under the programme's row lock, like every seat change;
 * the same answer again returns the first result, the other answer after one is refused.
 */
@Service
class OfferAnswers {

  private final OfferRepository offers;
  private final ProgramSnapshotRepository programmes;
  private final ProgramAdmissionRepository admissions;
  private final OfferedSeatEnrolment enrolment;
  private final ReserveOffers reserve;
  private final OfferEvents events;
  private final Clock clock;

  OfferAnswers(
      OfferRepository offers,
      ProgramSnapshotRepository programmes,
      ProgramAdmissionRepository admissions,
      OfferedSeatEnrolment enrolment,
      ReserveOffers reserve,
      OfferEvents events,
      Clock clock) {
    this.offers = offers;
    this.programmes = programmes;
    this.admissions = admissions;
    this.enrolment = enrolment;
    this.reserve = reserve;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public OfferAnswer accept(String applicationId, String code, CommandContext request) {
    Locked locked = lock(applicationId, code);
    OfferRow offer = locked.offer();
    switch (offer.status()) {
      case "ACCEPTED" -> {
        return OfferAnswer.of(offer);
      }
      case "DECLINED" -> throw answered(offer);
      default -> requireOutstanding(offer, locked.now());
    }
    Enrollment enrollment =
        enrolment.confirm(
            offer.programId(),
            offer.participantId(),
            offer.applicationId(),
            EventCause.of(request));
    offers.accept(applicationId, enrollment.enrollmentId(), locked.now());
    return OfferAnswer.of(offers.find(applicationId).orElseThrow());
  }

  @Transactional
  public OfferAnswer decline(String applicationId, String code, CommandContext request) {
    Locked locked = lock(applicationId, code);
    OfferRow offer = locked.offer();
    switch (offer.status()) {
      case "DECLINED" -> {
        return OfferAnswer.of(offer);
      }
      case "ACCEPTED" -> throw answered(offer);
      default -> requireOutstanding(offer, locked.now());
    }
    offers.release(applicationId, "DECLINED", locked.now());
    EventMetadata declined = events.declined(offer, OfferRelease.DECLINED, EventCause.of(request));
    ProgramAdmission admission = admissions.find(offer.programId()).orElseThrow();
    reserve.offerFreeSeats(locked.programme(), admission, EventCause.after(declined));
    return OfferAnswer.of(offers.find(applicationId).orElseThrow());
  }

  /**
   * Locks the offer's programme, then reads the offer as it stands under that lock; the code is
   * checked before anything about the offer is told.
   */
  private Locked lock(String applicationId, String code) {
    OfferRow unlocked = offers.find(applicationId).orElseThrow(OfferCodeInvalidException::new);
    if (!OfferCodes.matches(unlocked.offerCode(), code)) {
      throw new OfferCodeInvalidException();
    }
    ProgramSnapshot programme = programmes.lock(unlocked.programId()).orElseThrow();
    return new Locked(programme, offers.find(applicationId).orElseThrow(), clock.instant());
  }

  private static void requireOutstanding(OfferRow offer, Instant now) {
    if (offer.status().equals("EXPIRED") || offer.expiredAt(now)) {
      throw new StateConflictException(
          "offer-expired", "The offer expired at " + offer.offerExpiresAt());
    }
    if (!offer.status().equals("OFFERED")) {
      throw new IllegalStateException("An application with a code is " + offer.status());
    }
  }

  private static StateConflictException answered(OfferRow offer) {
    return new StateConflictException(
        "offer-answered", "The offer was already answered: " + offer.status());
  }

  private record Locked(ProgramSnapshot programme, OfferRow offer, Instant now) {}
}
