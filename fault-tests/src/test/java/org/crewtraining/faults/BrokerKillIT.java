package org.crewtraining.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.crewtraining.faults.load.LoadRunner;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker is SIGKILLed under write load and restarted on the same data: the services keep
 * accepting changes (outbox), nothing acknowledged is lost and nothing is written twice when the
 * relays and consumers reconnect.
 */
@Order(1)
@ExtendWith(StackExtension.class)
class BrokerKillIT {

  @Test
  void brokerKilledAndRestartedUnderLoad(Scenario scenario) throws Exception {
    int events = scenario.events();
    scenario.catalogue(10);
    LoadRunner load = scenario.load();
    Future<?> running = load.start(events, 8);
    awaitDone(load, events * 3L / 10, running);
    scenario.stack.broker.kill();
    // Down while a fifth of the load is answered: writes go on into the outboxes meanwhile.
    awaitDone(load, events / 2, running);
    scenario.stack.broker.start();
    running.get();
    scenario.verify(List.of(), "broker SIGKILL at 30 %, restarted at 50 % of the load");
  }

  /**
   * Waits until the load answered this many requests. A load that ended before (a client thread
   * failed) fails here with its cause, not later as a fault that seemed to stop the traffic.
   */
  static void awaitDone(LoadRunner load, long requests, Future<?> running) throws Exception {
    await("load at " + requests + " requests")
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> load.done() >= requests || running.isDone());
    if (load.done() < requests) {
      running.get();
      throw new IllegalStateException(
          "the load ended after " + load.done() + " of the " + requests + " requests awaited");
    }
  }
}
