package org.crewtraining.program.session;

import java.sql.Array;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completion rules set by operators; a programme without a row has the default rule. */
@Repository
public class CompletionRuleStore {

  private final JdbcClient jdbc;

  public CompletionRuleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProgramCompletionRule> find(String programId) {
    return jdbc.sql(
            "SELECT min_attended_percent, required_session_ids, assessment_required"
                + " FROM program_completion_rule WHERE program_id = ?")
        .param(programId)
        .query(
            (rs, n) -> {
              Array ids = rs.getArray("required_session_ids");
              return new ProgramCompletionRule(
                  rs.getInt("min_attended_percent"),
                  Arrays.asList((String[]) ids.getArray()),
                  rs.getBoolean("assessment_required"));
            })
        .optional();
  }

  /** The rule set for the programme, or the default one. */
  public ProgramCompletionRule effective(String programId) {
    return find(programId).orElse(ProgramCompletionRule.DEFAULT);
  }

  public void save(String programId, ProgramCompletionRule rule) {
    jdbc.sql(
            "INSERT INTO program_completion_rule"
                + " (program_id, min_attended_percent, required_session_ids, assessment_required)"
                + " VALUES (:id, :percent, :required, :assessment)"
                + " ON CONFLICT (program_id) DO UPDATE SET"
                + " min_attended_percent = EXCLUDED.min_attended_percent,"
                + " required_session_ids = EXCLUDED.required_session_ids,"
                + " assessment_required = EXCLUDED.assessment_required")
        .param("id", programId)
        .param("percent", rule.minAttendedPercent())
        .param("required", rule.requiredSessionIds().toArray(String[]::new))
        .param("assessment", rule.assessmentRequired())
        .update();
  }
}
