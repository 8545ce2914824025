package org.crewtraining.demo.plan;

/** Programme formats, spelled as program-service's API expects them. */
public enum Format {
  SHORT_COURSE,
  INTERNSHIP,
  SEMINAR,
  NETWORKING_EVENT,
  WORKSHOP
}
