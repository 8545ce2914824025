package org.crewtraining.reporting.replay;

import java.util.List;
import org.crewtraining.readmodels.ReadModelDiff.Difference;

/**
 * Result of verifying the live read models against a fold of the log.
 *
 * @param eventsFolded events of the log the live projection has applied, folded afresh
 * @param eventsNotYetApplied events on the log the live projection has not applied yet (lag)
 * @param differences every differing field of every programme and enrollment row, of the figures
 *     stored with each enrollment ("enrollment-figures") and of the totals stored on each programme
 *     row, against the fold ("program-figures") and against the sum of the programme's stored
 *     enrollment figures ("program-figures-of-enrollments"); empty = verified
 */
public record VerifyReport(
    long eventsFolded, long eventsNotYetApplied, List<Difference> differences) {

  public boolean verified() {
    return differences.isEmpty();
  }
}
