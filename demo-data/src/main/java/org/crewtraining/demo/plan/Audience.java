package org.crewtraining.demo.plan;

/** Who may enrol; mirrors enrollment-service's audience rule so the plan never gets a 409. */
public enum Audience {
  INDUSTRY_WORKER,
  UNIVERSITY_STUDENT,
  OPEN;

  public boolean admits(ParticipantType type) {
    return this == OPEN || name().equals(type.name());
  }
}
