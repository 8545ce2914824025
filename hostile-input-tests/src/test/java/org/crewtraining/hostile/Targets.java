package org.crewtraining.hostile;

import java.util.UUID;

/**
 * Fresh, valid targets for one hostile request, built through the public APIs; every participant
 * has a name and e-mail address of its own, which go into {@link Secrets}.
 */
final class Targets {

  record Participant(String id, String name, String email) {}

  record Enrolled(String programId, String enrollmentId, Participant participant) {}

  private final Fixtures fixtures;
  private final Secrets secrets;
  private Boolean underscoreDomains;
  private String byApplication;
  private Fixtures.Offer offer;

  Targets(Fixtures fixtures, Secrets secrets) {
    this.fixtures = fixtures;
    this.secrets = secrets;
  }

  String draft() {
    return fixtures.draftProgramme();
  }

  String published() {
    return fixtures.publishedProgramme();
  }

  /**
   * A participant whose address has an underscore in its domain (which e-mail regexes tend not to
   * expect), if registration takes such addresses.
   */
  Participant participant() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Namesake Kim " + tag;
    String email = "crew." + tag + "@studio_" + tag + ".example.org";
    secrets.add(name, email);
    if (!Boolean.FALSE.equals(underscoreDomains)) {
      Services.Response registered = fixtures.register(name, email);
      underscoreDomains = registered.status() == 201;
      if (underscoreDomains) {
        return new Participant(registered.text("participantId"), name, email);
      }
    }
    email = "crew." + tag + "@studio-" + tag + ".example.org";
    secrets.add(email);
    return new Participant(fixtures.participant(name, email), name, email);
  }

  /** One programme taking applications (window open for a month), made on first use. */
  synchronized String byApplication() {
    if (byApplication == null) {
      byApplication = fixtures.programmeByApplication();
    }
    return byApplication;
  }

  /** An application of {@link #byApplication()} by a new participant. */
  String application() {
    Services.Response applied = fixtures.apply(byApplication(), participant().id());
    return applied.text("applicationId");
  }

  /**
   * One offered seat and its code, made on first use (it takes a selection after a closed window):
   * every forged answer aims at it, and none may take effect.
   */
  synchronized Fixtures.Offer offer() {
    if (offer == null) {
      offer = fixtures.offeredSeat();
    }
    return offer;
  }

  Enrolled enrolled(String programId) {
    Participant participant = participant();
    return new Enrolled(
        programId, fixtures.confirmedEnrollment(programId, participant.id()), participant);
  }

  boolean underscoreDomains() {
    return Boolean.TRUE.equals(underscoreDomains);
  }
}
