package org.crewtraining.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backlog and age of the oldest unsent event, as metrics and in the health endpoint. */
public class OutboxMonitor implements MeterBinder, HealthIndicator {

  private final JdbcClient jdbc;

  public OutboxMonitor(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Backlog backlog() {
    return jdbc.sql(
            "SELECT count(*) AS unsent,"
                + " coalesce(extract(epoch FROM now() - min(created_at)), 0) AS oldest_age_seconds"
                + " FROM outbox_event WHERE sent_at IS NULL")
        .query(Backlog.class)
        .single();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("crew.outbox.backlog", this, m -> safe(() -> m.backlog().unsent()))
        .description("Outbox events not yet acknowledged by the broker")
        .register(registry);
    Gauge.builder(
            "crew.outbox.oldest.unsent.age", this, m -> safe(() -> m.backlog().oldestAgeSeconds()))
        .baseUnit("seconds")
        .description("Age of the oldest unsent outbox event")
        .register(registry);
  }

  @Override
  public Health health() {
    Backlog backlog = backlog();
    return Health.up()
        .withDetail("unsent", backlog.unsent())
        .withDetail("oldestUnsentAgeSeconds", backlog.oldestAgeSeconds())
        .build();
  }

  private static double safe(java.util.function.DoubleSupplier supplier) {
    try {
      return supplier.getAsDouble();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  public record Backlog(long unsent, double oldestAgeSeconds) {}
}
