package org.crewtraining.faults;

import static org.crewtraining.faults.BrokerKillIT.awaitDone;

import java.util.concurrent.Future;
import org.crewtraining.faults.check.PoisonPills;
import org.crewtraining.faults.load.LoadRunner;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One record in a hundred is poison, produced straight to the event topics between the load's
 * events (same keys, so same partitions): every pill lands on the DLT with its bytes and the events
 * around it are applied once.
 */
@Order(3)
@ExtendWith(StackExtension.class)
class PoisonPillIT {

  @Test
  void onePercentPoisonPillsMixedIntoTheLoad(Scenario scenario) throws Exception {
    int events = scenario.events();
    scenario.catalogue(10);
    LoadRunner load = scenario.load();
    Future<?> running = load.start(events, 8);
    int count = Math.max(3, events / 100); // at least one of each kind
    try (PoisonPills pills = new PoisonPills(scenario.stack.broker.bootstrap())) {
      for (int i = 1; i <= count; i++) {
        awaitDone(load, (long) events * i / (count + 1), running);
        pills.send(scenario.someProgramme(i));
      }
      running.get();
      scenario.verify(
          pills.sent(),
          count + " pills: garbage, unknown fingerprint, ProgramPublished on the enrollment topic");
    }
  }
}
