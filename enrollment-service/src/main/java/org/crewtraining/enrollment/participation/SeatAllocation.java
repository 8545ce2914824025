package org.crewtraining.enrollment.participation;

/**
 * The seat rules, free of storage so they can be tested alone. Callers hold the programme lock
 * while they count, so the counts cannot change underneath them.
 *
 * <p>Capacity rule: confirmed participants are never evicted. When capacity drops below the number
 * confirmed, everyone keeps their seat, nobody is promoted and newcomers wait until withdrawals
 * bring the confirmed count below the new capacity. When capacity rises, the freed seats go to the
 * waitlist in position order.
 */
public final class SeatAllocation {

  private SeatAllocation() {}

  /**
   * Where a new enrolment goes: a seat while one is free and nobody is already waiting (a newcomer
   * never overtakes the queue), otherwise the end of the waitlist.
   *
   * @return 0 for a confirmed seat, otherwise the waitlist position (1 = next)
   */
  public static int placeNewcomer(int capacity, int confirmed, int waitlisted) {
    requireCounts(confirmed, waitlisted);
    return confirmed < capacity && waitlisted == 0 ? 0 : waitlisted + 1;
  }

  /** How many of the waitlist's head get a seat now: the free seats, at most everyone waiting. */
  public static int seatsToPromote(int capacity, int confirmed, int waitlisted) {
    requireCounts(confirmed, waitlisted);
    return Math.max(0, Math.min(capacity - confirmed, waitlisted));
  }

  private static void requireCounts(int confirmed, int waitlisted) {
    if (confirmed < 0 || waitlisted < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }
}
