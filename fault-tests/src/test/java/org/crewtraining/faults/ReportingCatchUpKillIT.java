package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.crewtraining.faults.stack.ServiceProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * reporting-service is down while the load runs, so it has a backlog to catch up; it is SIGKILLed
 * as soon as its first catch-up batch committed (the next one is in flight), then restarted. The
 * batch in flight is rolled back with the killed connection and applied once after the restart.
 */
@Order(2)
@ExtendWith(StackExtension.class)
class ReportingCatchUpKillIT {

  @Test
  void reportingKilledMidBatchDuringCatchUp(Scenario scenario) throws Exception {
    int events = scenario.events();
    scenario.catalogue(10);
    ServiceProcess reporting = scenario.stack.reporting();
    reporting.kill();
    scenario.load().run(events, 8);
    long before = scenario.applied();
    // Small batches, so the catch-up is many transactions and the kill lands inside one.
    int batch = Math.max(50, events / 40);
    reporting.launch("--spring.kafka.consumer.max-poll-records=" + batch);
    long[] seen = {before};
    await("first catch-up batch committed")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> (seen[0] = appliedOrBefore(scenario, before)) > before);
    reporting.kill();
    long atKill = scenario.applied();
    reporting.start();
    scenario.verify(
        List.of(),
        "SIGKILL after %,d of the backlog applied (batches of %d)"
            .formatted(atKill - before, batch));
    assertThat(atKill).as("killed during catch-up, not after it").isLessThan(before + events);
  }

  /** The applied count, or the old value while reporting's database connection is starting. */
  private static long appliedOrBefore(Scenario scenario, long before) {
    try {
      return scenario.applied();
    } catch (RuntimeException e) {
      return before;
    }
  }
}
