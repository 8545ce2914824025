package org.crewtraining.enrollment.participant;

/** A registration for a mailbox that already has a participant: 409 naming that participant. */
class EmailAlreadyRegisteredException extends RuntimeException {

  private final String participantId;

  EmailAlreadyRegisteredException(String participantId) {
    super("A participant with this e-mail is already registered: " + participantId);
    this.participantId = participantId;
  }

  String participantId() {
    return participantId;
  }
}
