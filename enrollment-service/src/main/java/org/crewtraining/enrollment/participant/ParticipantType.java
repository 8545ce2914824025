package org.crewtraining.enrollment.participant;

/** Who a participant is, for the audience rule; travels in events as a non-personal attribute. */
public enum ParticipantType {
  INDUSTRY_WORKER,
  UNIVERSITY_STUDENT;

  public org.crewtraining.events.enrollments.ParticipantType toEvent() {
    return org.crewtraining.events.enrollments.ParticipantType.valueOf(name());
  }
}
