package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.ServiceProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stack's schema registry SIGKILLed for 30 s, then restarted: producers and consumers keep
 * working on the ids they cached at start-up, so changes are still accepted, relayed and applied
 * while it is away; nothing is lost, nothing applied twice, every read model equals the independent
 * fold. The first quarter of the load runs before the kill and the rest is sent only once the
 * registry is gone, so a short load cannot end before the outage begins.
 */
@Order(7)
@ExtendWith(StackExtension.class)
class RegistryKillIT {

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void registryKilledForThirtySecondsUnderLoad(Scenario scenario) throws Exception {
    int events = scenario.events();
    scenario.catalogue(10);
    LoadRunner load = scenario.load();
    load.run(events / 4, 8);
    scenario.stack.registry.kill();
    assertThat(scenario.stack.registry.alive()).as("registry killed").isFalse();
    Instant killed = Instant.now();
    long appliedAtKill = scenario.applied();
    long answeredAtKill = load.done();
    Future<?> running = load.start(events - events / 4, 8);
    OutageWatch watch = new OutageWatch(load, running, scenario.stack);
    await("registry stays down for the outage")
        .during(OUTAGE.minusSeconds(1))
        .atMost(OUTAGE.plusSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> watch.sample() && !scenario.stack.registry.alive());
    long appliedWhileAway = scenario.applied() - appliedAtKill;
    long answeredWhileAway = load.done() - answeredAtKill;
    Duration down = Duration.between(killed, Instant.now());
    scenario.stack.registry.start();
    running.get();
    for (ServiceProcess s :
        List.of(scenario.stack.program, scenario.stack.enrollment(), scenario.stack.reporting())) {
      assertThat(s.alive()).as(s.name() + " survived the registry outage").isTrue();
    }
    assertThat(answeredWhileAway)
        .as("requests answered while the registry was away (%s)", watch)
        .isPositive();
    assertThat(appliedWhileAway)
        .as("events relayed and applied while the registry was away")
        .isPositive();
    scenario.verify(
        List.of(),
        "registry SIGKILL after 25 %% of the load, down %d s; while away: %,d requests answered, %,d events applied, %s"
            .formatted(down.toSeconds(), answeredWhileAway, appliedWhileAway, watch));
  }
}
