package org.crewtraining.program.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crewtraining.program.programme.Program;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a DRAFT programme's completion rule. No event: the rule travels, frozen, in
 * ProgramPublished. It still moves the programme's version, so If-Match covers it.
 */
@Service
@Transactional
public class CompletionRuleCommands {

  private final ProgramLocks locks;
  private final SessionStore sessions;
  private final CompletionRuleStore rules;

  public CompletionRuleCommands(
      ProgramLocks locks, SessionStore sessions, CompletionRuleStore rules) {
    this.locks = locks;
    this.sessions = sessions;
    this.rules = rules;
  }

  /** The rule the programme has already (set or by default) is a no-op: the same version. */
  public CompletionRuleView set(String programId, SetCompletionRule request, Long expectedVersion) {
    Program current = locks.lock(programId, expectedVersion, SessionChange.SET_COMPLETION_RULE);
    ProgramCompletionRule rule = request.rule();
    checkRequired(programId, rule.requiredSessionIds());
    ProgramCompletionRule before = rules.effective(programId);
    if (before.equals(rule)) {
      return CompletionRuleQueries.view(current, before, rules.find(programId).isEmpty());
    }
    Program changed = locks.touch(current, locks.now());
    rules.save(programId, rule);
    return CompletionRuleQueries.view(changed, rule, false);
  }

  /** Each required id once, each an active session of this programme. */
  private void checkRequired(String programId, List<String> required) {
    Set<String> active = new HashSet<>(sessions.activeIds(programId));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < required.size(); i++) {
      String id = required.get(i);
      String field = "requiredSessionIds[" + i + "]";
      if (!seen.add(id)) {
        throw new InvalidFieldException(field, "is listed twice");
      }
      if (!active.contains(id)) {
        throw new InvalidFieldException(field, "is not an active session of this programme");
      }
    }
  }
}
