package org.crewtraining.readmodels.report;

/**
 * What a rendering's header row holds: the column keys (the canonical CSV) or the headers in
 * English or Korean (downloads for people).
 */
public enum HeaderLanguage {
  KEYS,
  EN,
  KO
}
