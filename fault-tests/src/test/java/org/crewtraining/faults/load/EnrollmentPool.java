package org.crewtraining.faults.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What the load knows about the enrollments it made, to pick the next request: unused (programme,
 * participant) pairs, and enrollments known to be confirmed or waitlisted. An enrollment leaves the
 * pool when a completion or withdrawal is sent for it, whatever the answer, so no request is ever
 * repeated (a repeated completion is answered 200 without a new event).
 */
final class EnrollmentPool {

  record Pick(String enrollmentId, String programId) {}

  private final Catalogue catalogue;
  private final Random random;
  private final List<Pick> confirmed = new ArrayList<>();
  private final List<Pick> waitlisted = new ArrayList<>();
  private int nextPair;

  EnrollmentPool(Catalogue catalogue, long seed) {
    this.catalogue = catalogue;
    this.random = new Random(seed);
  }

  synchronized double nextDouble() {
    return random.nextDouble();
  }

  /** The next unused (programme, participant) pair; programmes rotate fastest. */
  synchronized Optional<String[]> nextPair() {
    int programs = catalogue.programs.size();
    int n = nextPair++;
    if (n / programs >= catalogue.participants.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new String[] {
          catalogue.programs.get(n % programs), catalogue.participants.get(n / programs)
        });
  }

  synchronized void enrolled(String enrollmentId, String programId, String status) {
    (status.equals("CONFIRMED") ? confirmed : waitlisted).add(new Pick(enrollmentId, programId));
  }

  /** A confirmed enrollment for a progress report; it stays in the pool. */
  synchronized Optional<Pick> anyConfirmed() {
    return confirmed.isEmpty()
        ? Optional.empty()
        : Optional.of(confirmed.get(random.nextInt(confirmed.size())));
  }

  /** A confirmed enrollment that leaves the pool (completion). */
  synchronized Optional<Pick> takeConfirmed() {
    return confirmed.isEmpty()
        ? Optional.empty()
        : Optional.of(confirmed.remove(random.nextInt(confirmed.size())));
  }

  /** A confirmed or waitlisted enrollment that leaves the pool (withdrawal). */
  synchronized Optional<Pick> takeActive() {
    int total = confirmed.size() + waitlisted.size();
    if (total == 0) {
      return Optional.empty();
    }
    int i = random.nextInt(total);
    return Optional.of(
        i < confirmed.size() ? confirmed.remove(i) : waitlisted.remove(i - confirmed.size()));
  }
}
