package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.faults.BrokerKillIT.awaitDone;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.crewtraining.contracts.Topic;
import org.crewtraining.faults.check.ConsumerGroups;
import org.crewtraining.faults.check.EventLog;
import org.crewtraining.faults.load.Api;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.ServiceProcess;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Duplicate delivery: the outbox relay killed in the middle of a batch and restarted; then the
 * whole log replayed twice into reporting (two rebuilds) and once more from offset 0 by a fresh
 * consumer group. Nothing may be applied twice.
 */
@Order(4)
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuplicateDeliveryIT {

  private static final String FRESH_GROUP = "reporting-replay";
  private static final Topic TOPIC = Topic.ENROLLMENT_EVENTS;

  @Test
  @Order(1)
  void relayKilledMidBatch(Scenario scenario) throws Exception {
    int events = scenario.events();
    scenario.catalogue(10);
    LoadRunner load = scenario.load();
    Future<?> running = load.start(events, 8);
    ServiceProcess enrollment = scenario.stack.enrollment();
    long backlog;
    awaitDone(load, events * 8L / 10, running);
    String bootstrap = scenario.stack.broker.bootstrap();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      long appended = ConsumerGroups.appended(admin, TOPIC.topicName(), TOPIC.partitions());
      // A frozen broker lets the last fifth of the load pile up in the outbox; once it thaws, the
      // relay writes that backlog, and enrollment-service is SIGKILLed as soon as the first
      // records of the batch are appended: after sending, before marking the rows sent.
      scenario.stack.broker.freeze();
      running.get();
      backlog = scenario.outboxBacklog(scenario.stack.enrollmentDb);
      scenario.stack.broker.thaw();
      await("relay writing its batch")
          .atMost(Duration.ofSeconds(60))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(2))
          .until(
              () ->
                  ConsumerGroups.appended(admin, TOPIC.topicName(), TOPIC.partitions()) > appended);
      enrollment.kill();
    }
    enrollment.start();
    scenario.verify(
        List.of(),
        "broker frozen at 80 %%, thawed with %,d events in the outbox, SIGKILL as the relay wrote"
            .formatted(backlog));
    assertThat(backlog).as("outbox backlog at the kill").isPositive();
  }

  @Test
  @Order(2)
  void wholeLogReplayedTwiceAndByAFreshGroup(Scenario scenario) throws Exception {
    ServiceProcess reporting = scenario.stack.reporting();
    rebuild(scenario.api, reporting.url());
    rebuild(scenario.api, reporting.url());
    reporting.stop();
    reporting.start("--spring.kafka.consumer.group-id=" + FRESH_GROUP);
    String bootstrap = scenario.stack.broker.bootstrap();
    await("fresh group caught up with the whole log")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ConsumerGroups.caughtUp(bootstrap, FRESH_GROUP, EventLog.read(bootstrap)));
    scenario.verifyWholeLog(
        "2 rebuilds, then group %s joined at the projection's stored positions: %,.0f records re-read and skipped"
            .formatted(FRESH_GROUP, reporting.metric("reporting.events.duplicates")));
  }

  private static void rebuild(Api api, String reportingUrl) {
    String id = api.post(reportingUrl + "/api/admin/rebuilds", null, null).field("id");
    assertThat(id).as("rebuild started").isNotNull();
    await("rebuild " + id)
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> api.get(reportingUrl + "/api/admin/rebuilds/" + id).field("phase"),
            phase -> "DONE".equals(phase) || "FAILED".equals(phase));
    assertThat(api.get(reportingUrl + "/api/admin/rebuilds/" + id).field("phase"))
        .isEqualTo("DONE");
  }
}
