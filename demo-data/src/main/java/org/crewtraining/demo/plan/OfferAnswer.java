package org.crewtraining.demo.plan;

/** What an applicant does when the office sends them an offer. */
public enum OfferAnswer {
  ACCEPT,
  DECLINE,
  /** Never answers: the offer stays outstanding until enrollment-service releases it. */
  NONE
}
