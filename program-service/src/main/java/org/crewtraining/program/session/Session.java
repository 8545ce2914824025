package org.crewtraining.program.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.program.programme.Reason;

/**
 * A session of a programme as stored and as the API shows it (the slot's fields in place). {@code
 * onlineLink} and the notes in {@code lastChange} and {@code cancellation} never leave this
 * service.
 *
 * @param lastChange why it was last rescheduled; null if it never was
 * @param cancellation null unless CANCELLED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
    String sessionId,
    @JsonUnwrapped Slot slot,
    DeliveryMode deliveryMode,
    String topic,
    String location,
    String onlineLink,
    SessionStatus status,
    Reason<SessionChangeReason> lastChange,
    Reason<SessionChangeReason> cancellation) {

  static Session scheduled(String sessionId, ScheduleSession request) {
    return new Session(
        sessionId,
        Slot.of(request),
        request.deliveryMode(),
        request.topic(),
        request.location(),
        request.onlineLink(),
        SessionStatus.ACTIVE,
        null,
        null);
  }

  Session rescheduled(Slot newSlot, Reason<SessionChangeReason> reason) {
    return new Session(
        sessionId, newSlot, deliveryMode, topic, location, onlineLink, status, reason, null);
  }

  Session cancelled(Reason<SessionChangeReason> reason) {
    return new Session(
        sessionId,
        slot,
        deliveryMode,
        topic,
        location,
        onlineLink,
        SessionStatus.CANCELLED,
        lastChange,
        reason);
  }

  boolean active() {
    return status == SessionStatus.ACTIVE;
  }
}
