package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees with Kafka's own tools once the platform is idle: every event left through
 * an outbox relay's Kafka transaction (each ending in a commit marker), was consumed, and then
 * every partition of every consumer group shows lag exactly 0 (not 1 for the marker, never
 * negative), and no relay left a consumer group behind.
 */
class IdleConsumerLagSystemTest {

  private static final Duration IDLE = Duration.ofSeconds(30);
  private static Platform platform;
  private final Http http = new Http();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void everyGroupShowsLagZeroWhenIdleAndNoRelayGroupExists() throws Exception {
    PlatformSteps steps = new PlatformSteps(platform, http);
    String programId = steps.createAndPublishProgramme();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String participantId =
        steps.register("Lee Ji-ho " + suffix, "ji-ho." + suffix + "@example.org");
    steps.enrolWhenOpen(programId, participantId);
    // Consumed by reporting-service too (enrollment-service consumed ProgramPublished to open it).
    await()
        .atMost(PlatformSteps.PROPAGATION)
        .until(
            () ->
                http.get(platform.reportingUrl + "/api/programs/" + programId)
                        .body()
                        .path("figures")
                        .path("enrolled")
                        .asLong()
                    == 1);

    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
      ConsumerGroupLag lag = new ConsumerGroupLag(admin);
      await()
          .atMost(IDLE)
          .untilAsserted(
              () -> {
                Map<String, Map<String, Long>> byGroup = lag.byGroup();
                assertThat(byGroup)
                    .containsKeys("enrollment-service", "reporting-service")
                    .allSatisfy(
                        (group, partitions) ->
                            assertThat(partitions)
                                .as(group)
                                .isNotEmpty()
                                .allSatisfy(
                                    (partition, behind) ->
                                        assertThat(behind).as(group + " " + partition).isZero()));
                // Every partition the transactions wrote to is among those measured.
                assertThat(byGroup.get("enrollment-service"))
                    .containsKeys(partitionsOf(Topic.PROGRAM_EVENTS));
                assertThat(byGroup.get("reporting-service"))
                    .containsKeys(partitionsOf(Topic.PROGRAM_EVENTS))
                    .containsKeys(partitionsOf(Topic.ENROLLMENT_EVENTS));
              });
      assertThat(lag.groups()).noneMatch(group -> group.endsWith("-outbox-relay"));
    }
  }

  private static String[] partitionsOf(Topic topic) {
    String[] names = new String[topic.partitions()];
    for (int p = 0; p < names.length; p++) {
      names[p] = new TopicPartition(topic.topicName(), p).toString();
    }
    return names;
  }
}
