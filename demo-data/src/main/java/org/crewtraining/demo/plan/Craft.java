package org.crewtraining.demo.plan;

/** Craft of a programme track or a participant, spelled as both services expect it. */
public enum Craft {
  PRODUCTION,
  POST_PRODUCTION,
  VFX,
  SOUND,
  CINEMATOGRAPHY,
  SCREENWRITING,
  DIRECTING,
  EDITING,
  ART_DIRECTION,
  GENERAL
}
