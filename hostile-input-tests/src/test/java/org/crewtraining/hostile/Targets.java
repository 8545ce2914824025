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

  Enrolled enrolled(String programId) {
    Participant participant = participant();
    return new Enrolled(
        programId, fixtures.confirmedEnrollment(programId, participant.id()), participant);
  }

  boolean underscoreDomains() {
    return Boolean.TRUE.equals(underscoreDomains);
  }
}
