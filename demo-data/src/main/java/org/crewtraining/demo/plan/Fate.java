package org.crewtraining.demo.plan;

/** What finally happens to one applicant of a programme. */
public enum Fate {
  COMPLETED,
  NOT_COMPLETED,
  /** Held a seat, attended part of it, then withdrew (frees the seat for the waitlist head). */
  WITHDRAWN,
  /** Held a seat of a running programme; attendance recorded, no outcome yet. */
  IN_PROGRESS,
  /** Never got a seat; left the waitlist when the programme started. */
  WAITLIST_RELEASED,
  /** Never got a seat; still waiting (running programmes). */
  WAITING,
  /** Active when the programme was called off. */
  CANCELLED
}
