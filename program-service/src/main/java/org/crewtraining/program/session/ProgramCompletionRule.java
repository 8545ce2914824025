package org.crewtraining.program.session;

import java.util.List;
import org.crewtraining.events.programs.CompletionRule;

/**
 * When a confirmed participant completes the programme: at least {@code minAttendedPercent} of the
 * planned contact minutes attended, every required session attended, and a passed assessment if
 * required.
 */
public record ProgramCompletionRule(
    int minAttendedPercent, List<String> requiredSessionIds, boolean assessmentRequired) {

  /** HRD-Net's usual rule, and what a ProgramPublished without a rule is read as. */
  public static final ProgramCompletionRule DEFAULT =
      new ProgramCompletionRule(80, List.of(), false);

  public ProgramCompletionRule {
    requiredSessionIds = List.copyOf(requiredSessionIds);
  }

  CompletionRule toEvent() {
    return new CompletionRule(minAttendedPercent, requiredSessionIds, assessmentRequired);
  }
}
