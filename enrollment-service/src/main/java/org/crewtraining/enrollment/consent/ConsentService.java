package org.crewtraining.enrollment.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crewtraining.enrollment.consent.ConsentEntry.ConsentAction;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent for each purpose, kept as a history. Registration needs training administration; the
 * optional purposes can be withdrawn (and given again) at any time. Withdrawing the required one is
 * no withdrawal but an erasure request: it is refused here.
 */
@Service
public class ConsentService {

  private final ConsentRepository consents;
  private final Clock clock;

  ConsentService(ConsentRepository consents, Clock clock) {
    this.consents = consents;
    this.clock = clock;
  }

  /**
   * Checks the consents of a registration before anything is written: every purpose at most once,
   * the required ones present, none given in the future.
   */
  public static void checkRegistration(List<ConsentGiven> given, Instant now) {
    if (given == null || given.isEmpty()) {
      throw new InvalidFieldException(
          "consents", "consent to TRAINING_ADMINISTRATION is required to register");
    }
    Set<ConsentPurpose> seen = EnumSet.noneOf(ConsentPurpose.class);
    for (int i = 0; i < given.size(); i++) {
      ConsentGiven consent = given.get(i);
      if (consent == null) {
        throw new InvalidFieldException("consents[" + i + "]", "must not be null");
      }
      if (!seen.add(consent.purpose())) {
        throw new InvalidFieldException("consents[" + i + "].purpose", "given twice");
      }
      checkNotFuture(consent, "consents[" + i + "].givenAt", now);
    }
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (purpose.required() && !seen.contains(purpose)) {
        throw new InvalidFieldException(
            "consents", "consent to " + purpose + " is required to register");
      }
    }
  }

  /** In the registration's transaction, after {@link #checkRegistration}. */
  public void recordAtRegistration(String participantId, List<ConsentGiven> given, String actor) {
    Instant now = clock.instant();
    for (ConsentGiven consent : given) {
      consents.append(participantId, entry(consent, actor, now));
    }
  }

  @Transactional(readOnly = true)
  public Consents of(String participantId) {
    requireParticipant(participantId, false);
    return Consents.of(participantId, consents.history(participantId));
  }

  /** Gives (again) a purpose; the same notice version already given changes nothing. */
  @Transactional
  public Consents give(String participantId, ConsentGiven consent, String actor) {
    requireParticipant(participantId, true);
    Instant now = clock.instant();
    checkNotFuture(consent, "givenAt", now);
    Consents before = Consents.of(participantId, consents.history(participantId));
    boolean same =
        before.current().stream()
            .anyMatch(
                e ->
                    e.purpose() == consent.purpose()
                        && e.given()
                        && e.noticeVersion().equals(consent.noticeVersion()));
    if (same) {
      return before;
    }
    consents.append(participantId, entry(consent, actor, now));
    return Consents.of(participantId, consents.history(participantId));
  }

  /**
   * Withdraws an optional purpose. Withdrawn already: unchanged. Never given: 409
   * consent-not-given. The required purpose: 409 consent-required (ask for erasure instead).
   */
  @Transactional
  public Consents withdraw(String participantId, ConsentPurpose purpose, String actor) {
    requireParticipant(participantId, true);
    if (purpose.required()) {
      throw new StateConflictException(
          "consent-required",
          purpose + " is needed to hold a participant at all: request erasure instead");
    }
    Consents before = Consents.of(participantId, consents.history(participantId));
    if (before.history().stream().noneMatch(e -> e.purpose() == purpose)) {
      throw new StateConflictException(
          "consent-not-given", "The participant never consented to " + purpose);
    }
    if (!before.holds(purpose)) {
      return before;
    }
    Instant now = clock.instant();
    consents.append(
        participantId, new ConsentEntry(purpose, ConsentAction.WITHDRAWN, null, now, actor, now));
    return Consents.of(participantId, consents.history(participantId));
  }

  /** A change needs a participant who is not erased (409 participant-erased). */
  private void requireParticipant(String participantId, boolean change) {
    boolean erased =
        consents
            .erased(participantId, change)
            .orElseThrow(() -> new ResourceNotFoundException("Participant", participantId));
    if (change && erased) {
      throw new StateConflictException(
          "participant-erased", "The participant's personal data was erased");
    }
  }

  private static ConsentEntry entry(ConsentGiven consent, String actor, Instant now) {
    return new ConsentEntry(
        consent.purpose(),
        ConsentAction.GIVEN,
        consent.noticeVersion(),
        consent.givenAt() == null ? now : consent.givenAt(),
        actor,
        now);
  }

  private static void checkNotFuture(ConsentGiven consent, String field, Instant now) {
    if (consent.givenAt() != null && consent.givenAt().isAfter(now)) {
      throw new InvalidFieldException(field, "must not be in the future");
    }
  }
}
