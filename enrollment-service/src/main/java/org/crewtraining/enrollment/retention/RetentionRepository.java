package org.crewtraining.enrollment.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crewtraining.enrollment.consent.ConsentPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RetentionRepository {

  /** Arbitrary but fixed: the advisory lock only one instance's retention run holds at a time. */
  static final long LOCK_KEY = 0x63726577_52455431L; // "crew" "RET1"

  private final JdbcClient jdbc;

  RetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether this transaction now holds the retention lock (false: another instance runs). */
  boolean tryLock() {
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
            .param(LOCK_KEY)
            .query(Boolean.class)
            .single());
  }

  /**
   * Participants not erased whose last use is before {@code lastUseBefore} (none after it can be
   * due), oldest first, with the optional purposes they consent to now.
   */
  List<RetentionCandidate> candidates(LocalDate lastUseBefore, ZoneId zone, int limit) {
    Map<String, LocalDate> lastUse = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT participant_id, last_use FROM (SELECT p.participant_id,"
                + " greatest((p.registered_at AT TIME ZONE ?)::date, max(v.end_date)) AS last_use"
                + " FROM participant p"
                + " LEFT JOIN (SELECT participant_id, program_id FROM enrollment"
                + "   UNION SELECT participant_id, program_id FROM application) t"
                + "   ON t.participant_id = p.participant_id"
                + " LEFT JOIN program_view v ON v.program_id = t.program_id"
                + " WHERE p.erased_at IS NULL GROUP BY p.participant_id, p.registered_at) c"
                + " WHERE last_use < ? ORDER BY last_use, participant_id LIMIT ?")
        .params(zone.getId(), Date.valueOf(lastUseBefore), limit)
        .query(
            rs -> {
              lastUse.put(rs.getString("participant_id"), rs.getDate("last_use").toLocalDate());
            });
    if (lastUse.isEmpty()) {
      return List.of();
    }
    Map<String, Set<ConsentPurpose>> held = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT DISTINCT ON (participant_id, purpose) participant_id, purpose, action"
                + " FROM consent_entry WHERE participant_id = ANY (?)"
                + " ORDER BY participant_id, purpose, entry_id DESC")
        .param(lastUse.keySet().toArray(String[]::new))
        .query(
            rs -> {
              if ("GIVEN".equals(rs.getString("action"))) {
                held.computeIfAbsent(
                        rs.getString("participant_id"), k -> EnumSet.noneOf(ConsentPurpose.class))
                    .add(ConsentPurpose.valueOf(rs.getString("purpose")));
              }
            });
    return lastUse.entrySet().stream()
        .map(
            e ->
                new RetentionCandidate(
                    e.getKey(),
                    e.getValue(),
                    held.getOrDefault(e.getKey(), EnumSet.noneOf(ConsentPurpose.class))))
        .toList();
  }
}
