package org.crewtraining.program.session;

import java.util.Optional;
import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramQueries;
import org.crewtraining.program.programme.ProgramStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a programme's completion rule and its version from one snapshot. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class CompletionRuleQueries {

  private final ProgramQueries programs;
  private final CompletionRuleStore rules;

  public CompletionRuleQueries(ProgramQueries programs, CompletionRuleStore rules) {
    this.programs = programs;
    this.rules = rules;
  }

  public CompletionRuleView get(String programId) {
    Program program = programs.get(programId);
    Optional<ProgramCompletionRule> set = rules.find(programId);
    return view(program, set.orElse(ProgramCompletionRule.DEFAULT), set.isEmpty());
  }

  static CompletionRuleView view(Program p, ProgramCompletionRule rule, boolean byDefault) {
    return new CompletionRuleView(
        p.programId(), rule, byDefault, p.status() != ProgramStatus.DRAFT, p.version());
  }
}
