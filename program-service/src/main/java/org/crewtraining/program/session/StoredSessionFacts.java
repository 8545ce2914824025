package org.crewtraining.program.session;

import java.util.Optional;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.program.programme.Dates;
import org.crewtraining.program.programme.SessionFacts;
import org.springframework.stereotype.Component;

/** The programme's view of its sessions and rule, read from this package's tables. */
@Component
class StoredSessionFacts implements SessionFacts {

  private final SessionStore sessions;
  private final CompletionRuleStore rules;

  StoredSessionFacts(SessionStore sessions, CompletionRuleStore rules) {
    this.sessions = sessions;
    this.rules = rules;
  }

  @Override
  public CompletionRule completionRuleOf(String programId) {
    return rules.effective(programId).toEvent();
  }

  @Override
  public Optional<Dates> activeSessionSpan(String programId) {
    return sessions.activeSpan(programId);
  }
}
