package org.crewtraining.program.programme;

import java.util.Optional;
import org.crewtraining.events.programs.CompletionRule;

/**
 * What a programme's own changes need to know of its sessions and completion rule, which the {@code
 * session} package keeps. Read inside the caller's transaction, after it locked the row.
 */
public interface SessionFacts {

  /** The rule to freeze into ProgramPublished: the one set while DRAFT, or the default rule. */
  CompletionRule completionRuleOf(String programId);

  /** The dates of the earliest and the latest active session; empty when there is none. */
  Optional<Dates> activeSessionSpan(String programId);
}
