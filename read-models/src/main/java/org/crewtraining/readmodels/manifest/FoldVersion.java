package org.crewtraining.readmodels.manifest;

/**
 * The meaning of the fold a report was derived with. A manifest names it, and verify-report refuses
 * a manifest of another fold version: the same records folded by another meaning give another
 * report, which is no evidence of tampering.
 *
 * <p>Rule: change {@link #ID} whenever a change to the fold (read-models) or to a report built from
 * it changes any figure, field or row of a report for the same events. {@code FoldVersionTest} pins
 * {@link #BEHAVIOUR_DIGEST}, the digest of the canonical as-of reports of every test scenario, and
 * fails on any such change until both are updated together.
 */
public final class FoldVersion {

  /** The current fold's version. */
  public static final String ID = "2026-12-08.1";

  /** SHA-256 of the scenarios' canonical reports under {@link #ID} (see FoldVersionTest). */
  public static final String BEHAVIOUR_DIGEST =
      "9395a90c06b72200c268fa18fef60a87a30a2fb2e9ce4e742558c93068bfab75";

  private FoldVersion() {}
}
