package org.crewtraining.enrollment.programme;

import java.util.List;

/**
 * When a confirmed participant completes the programme, as frozen by its publication.
 *
 * @param minAttendedPercent minimum share of planned contact minutes attended, 0-100
 * @param requiredSessionIds sessions that must be attended whatever the share
 * @param assessmentRequired whether a passed assessment is also required
 */
public record CompletionRule(
    int minAttendedPercent, List<String> requiredSessionIds, boolean assessmentRequired) {

  /** What a programme published without a rule (or before rules) completes by. */
  public static final CompletionRule LEGACY = new CompletionRule(80, List.of(), false);

  public CompletionRule {
    requiredSessionIds = List.copyOf(requiredSessionIds);
  }

  static CompletionRule of(org.crewtraining.events.programs.CompletionRule published) {
    return published == null
        ? LEGACY
        : new CompletionRule(
            published.getMinAttendedPercent(),
            published.getRequiredSessionIds(),
            published.getAssessmentRequired());
  }
}
