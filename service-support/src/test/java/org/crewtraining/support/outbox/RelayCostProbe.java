package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: prints what a relay batch costs (time, broker requests, PostgreSQL commits) while
 * events are committed at a steady rate, one per transaction, keyed over six partitions. Run with
 * {@code -Dcrew.relay.probe=true -Dtest=RelayCostProbe}; rates with {@code -Dcrew.relay.rates}.
 */
@DirtiesContext
@EnabledIfSystemProperty(named = "crew.relay.probe", matches = "true")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 6)
class RelayCostProbe {

  @Autowired OutboxWriter outbox;
  @Autowired OutboxMonitor monitor;
  @Autowired OutboxRelay relay;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  @Test
  void printCostPerBatch() {
    String rates = System.getProperty("crew.relay.rates", "100,100,500,1000");
    int seconds = Integer.getInteger("crew.relay.seconds", 10);
    for (String rate : rates.split(",")) {
      run(Integer.parseInt(rate.trim()), seconds);
    }
  }

  private void run(int rate, int seconds) {
    Timer timer = meters.get("crew.outbox.relay.batch").timer();
    long batches0 = timer.count();
    double time0 = timer.totalTime(TimeUnit.MILLISECONDS);
    double requests0 = relay.producerMetric("request-total");
    long commits0 = commits();
    probeStatements = 1; // the query above commits after it read the count
    int events = rate * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      LockSupport.parkNanos(start + i * interval - System.nanoTime());
      ProgramPublished event =
          new ProgramPublished(
              SampleEvents.metadata("program-service"), "prg-" + UUID.randomUUID(), null, null);
      transactions.executeWithoutResult(status -> outbox.append(event));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              probeStatements++;
              return monitor.backlog().unsent() == 0 && commitsSettled(commits0 + events);
            });
    long batches = timer.count() - batches0;
    double ms = timer.totalTime(TimeUnit.MILLISECONDS) - time0;
    double requests = relay.producerMetric("request-total") - requests0;
    // minus one commit per writer transaction and per statement of this probe
    long relayCommits = commits() - commits0 - events - probeStatements;
    System.out.printf(
        "relay probe: %d events at %d/s: %d batches, %.1f events/batch, %.1f ms/batch,"
            + " %.1f broker requests/batch, %.2f PostgreSQL commits/batch (%d in all)%n",
        events,
        rate,
        batches,
        (double) events / batches,
        ms / batches,
        requests / batches,
        (double) relayCommits / batches,
        relayCommits);
    assertThat(batches).isPositive();
  }

  private long lastCommits = -1;
  private long probeStatements;

  /** Statistics reach pg_stat_database about once a second: wait until they stop moving. */
  private boolean commitsSettled(long atLeast) {
    long now = commits();
    boolean settled = now >= atLeast && now == lastCommits;
    lastCommits = now;
    return settled;
  }

  private long commits() {
    probeStatements++;
    return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
        .query(Long.class)
        .single();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
