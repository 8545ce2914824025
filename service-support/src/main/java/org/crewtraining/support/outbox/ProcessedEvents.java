package org.crewtraining.support.outbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exactly-once effect for consumers: claim an event id in the same transaction as the state change
 * it causes; a redelivered event finds its id taken and is skipped.
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
}
