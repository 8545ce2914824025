package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.faults.BrokerKillIT.awaitDone;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import org.crewtraining.faults.load.Api;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.ServiceProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped (immediate shutdown, like a crash) for 30 s under load, then started: the APIs
 * answer 503 problem+json meanwhile, nothing committed before is lost, the outboxes drain and the
 * listeners apply every event they could not apply while it was away.
 */
@Order(5)
@ExtendWith(StackExtension.class)
class PostgresOutageIT {

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void postgresStoppedForThirtySecondsUnderLoad(Scenario scenario) throws Exception {
    Assumptions.assumeTrue(
        scenario.stack.postgres.stoppable(),
        "needs a private PostgreSQL cluster (no server installed under /usr/lib/postgresql)");
    int events = scenario.events();
    String programme = scenario.catalogue(10).programs.get(0);
    LoadRunner load = scenario.load();
    Future<?> running = load.start(events, 8);
    awaitDone(load, events / 4, running);
    scenario.stack.postgres.stop();
    Instant stopped = Instant.now();
    List<String> probes =
        List.of(
            scenario.stack.program.url() + "/programs/" + programme,
            scenario.stack.enrollment().url() + "/programs/" + programme + "/roster",
            scenario.stack.reporting().url() + "/api/programs/" + programme);
    for (String probe : probes) {
      Api.Reply reply = scenario.api.get(probe);
      assertThat(reply.status()).as("GET %s while the database is down", probe).isEqualTo(503);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
    Duration left = OUTAGE.minus(Duration.between(stopped, Instant.now()));
    if (!left.isNegative()) {
      await("database stays down for the rest of the outage")
          .during(left)
          .atMost(left.plusSeconds(10))
          .until(() -> !scenario.databaseAnswers());
    }
    scenario.stack.postgres.start();
    running.get();
    for (ServiceProcess s : List.of(scenario.stack.program, scenario.stack.enrollment())) {
      assertThat(s.alive()).as(s.name() + " survived the outage").isTrue();
    }
    scenario.verify(
        List.of(),
        "PostgreSQL down %d s from 25 %% of the load; 503 answers: %,d"
            .formatted(OUTAGE.toSeconds(), scenario.ledger.answeredWith(503)));
  }
}
