package org.crewtraining.support.outbox;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exactly-once effect for consumers: claim an event id in the same transaction as the state change
 * it causes; a redelivered event finds its id taken and is skipped. The only owner of the {@code
 * processed_event} table: every claim, lookup and hand-over goes through here.
 */
public class ProcessedEvents {

  private final JdbcClient jdbc;

  public ProcessedEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True the first time this consumer sees the event; false for a redelivery. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean claim(String consumer, UUID eventId) {
    return jdbc.sql(
                "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(consumer, eventId)
            .update()
        == 1;
  }

  /** Claims a whole batch in one round trip; returns the ids this consumer had not seen before. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Set<UUID> claimAll(String consumer, Collection<UUID> eventIds) {
    return ids(
        "INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::uuid[])"
            + " ON CONFLICT DO NOTHING RETURNING event_id",
        consumer,
        eventIds);
  }

  /** Which of these ids this consumer has claimed, as the caller's transaction sees it. */
  public Set<UUID> claimedAmong(String consumer, Collection<UUID> eventIds) {
    return ids(
        "SELECT event_id FROM processed_event WHERE consumer = ? AND event_id = ANY(?::uuid[])",
        consumer,
        eventIds);
  }

  /** Drops every claim of this consumer. */
  public void forget(String consumer) {
    jdbc.sql("DELETE FROM processed_event WHERE consumer = ?").param(consumer).update();
  }

  /** The claims of {@code from} become those of {@code to}, replacing whatever {@code to} had. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void handOver(String from, String to) {
    forget(to);
    jdbc.sql("UPDATE processed_event SET consumer = ? WHERE consumer = ?")
        .params(to, from)
        .update();
  }

  /** Runs a statement over (consumer, uuid[]) that returns event ids. */
  private Set<UUID> ids(String sql, String consumer, Collection<UUID> eventIds) {
    String[] ids = eventIds.stream().map(UUID::toString).toArray(String[]::new);
    return new HashSet<>(jdbc.sql(sql).params(consumer, ids).query(UUID.class).list());
  }
}
