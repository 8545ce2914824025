package org.crewtraining.demo.plan;

public enum ParticipantType {
  INDUSTRY_WORKER,
  UNIVERSITY_STUDENT
}
