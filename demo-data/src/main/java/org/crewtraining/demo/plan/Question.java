package org.crewtraining.demo.plan;

/** A question a programme that selects by application asks, spelled as both services expect. */
public enum Question {
  MOTIVATION,
  RELEVANT_EXPERIENCE,
  PORTFOLIO_LINK,
  AVAILABILITY,
  CAREER_GOAL
}
