package org.crewtraining.readmodels;

/**
 * Where the confirmed selection (SelectionConfirmed) put an application.
 *
 * @param placement OFFERED or RESERVE; null if no confirmed selection named it
 * @param reserveRank 1 for the first reserve, ...; null unless RESERVE
 */
public record ApplicationPlacement(String selectionId, String placement, Integer reserveRank) {

  public static final ApplicationPlacement NONE = new ApplicationPlacement(null, null, null);

  public static final String OFFERED = "OFFERED";
  public static final String RESERVE = "RESERVE";
}
