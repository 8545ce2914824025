package org.crewtraining.enrollment.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.programme.ProgramAdmission;
import org.crewtraining.enrollment.programme.ProgramAdmissionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.OfferRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases offers past their deadline (SeatDeclined EXPIRED) and offers each freed seat to the
 * reserve. One programme per transaction, locked with SKIP LOCKED: every instance may run the job,
 * none releases an offer another is releasing, and an acceptance in flight is never waited on.
 */
@Component
class OfferExpiryJob {

  /** The system account named as the actor of what the job does. */
  static final String ACTOR = "enrollment-service/offer-expiry";

  private static final Logger log = LoggerFactory.getLogger(OfferExpiryJob.class);

  private final OfferRepository offers;
  private final ProgramSnapshotRepository programmes;
  private final ProgramAdmissionRepository admissions;
  private final ReserveOffers reserve;
  private final OfferEvents events;
  private final TransactionTemplate transactions;
  private final OfferProperties properties;
  private final Clock clock;

  OfferExpiryJob(
      OfferRepository offers,
      ProgramSnapshotRepository programmes,
      ProgramAdmissionRepository admissions,
      ReserveOffers reserve,
      OfferEvents events,
      TransactionTemplate transactions,
      OfferProperties properties,
      Clock clock) {
    this.offers = offers;
    this.programmes = programmes;
    this.admissions = admissions;
    this.reserve = reserve;
    this.events = events;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString =
          "${crew.enrollment.offers.expiry-interval:"
              + OfferProperties.DEFAULT_EXPIRY_INTERVAL
              + "}")
  void run() {
    try {
      releaseExpired();
    } catch (RuntimeException e) {
      // The next run retries; a database outage must not end the schedule.
      log.warn("Releasing expired offers failed: {}", e.toString());
    }
  }

  /**
   * @return how many offers this call released
   */
  int releaseExpired() {
    int released = 0;
    for (int i = 0; i < properties.expiryBatch(); i++) {
      Integer inProgramme = transactions.execute(status -> releaseOneProgramme());
      if (inProgramme == null || inProgramme < 0) {
        break;
      }
      released += inProgramme;
    }
    return released;
  }

  /** -1 when no programme with expired offers is free to lock. */
  private int releaseOneProgramme() {
    Instant now = clock.instant();
    String programId = offers.lockProgrammeWithExpiredOffers(now).orElse(null);
    if (programId == null) {
      return -1;
    }
    ProgramSnapshot programme = programmes.lock(programId).orElseThrow();
    ProgramAdmission admission = admissions.find(programId).orElseThrow();
    EventCause cause = new EventCause(UUID.randomUUID().toString(), null, ACTOR);
    int released = 0;
    for (OfferRow offer : offers.expired(programId, now)) {
      offers.release(offer.applicationId(), "EXPIRED", now);
      EventMetadata expired = events.declined(offer, OfferRelease.EXPIRED, cause);
      reserve.offerFreeSeats(programme, admission, EventCause.after(expired));
      released++;
    }
    return released;
  }
}
