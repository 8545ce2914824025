package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.crewtraining.audit.cli.AuditCli;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;
import org.crewtraining.events.reporting.ProgramCompletionFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The three services as separate application contexts on one real broker and PostgreSQL: a
 * programme is created and published, a participant enrols and completes, and the read model, the
 * metrics stream and the audit trail all show it — while no personal data ever reaches the bus.
 */
class CrossServiceSystemTest {

  private static final Duration PROPAGATION = PlatformSteps.PROPAGATION;
  private static Platform platform;
  private final Http http = new Http();
  private PlatformSteps steps;

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @BeforeEach
  void steps() {
    steps = new PlatformSteps(platform, http);
  }

  @Test
  void everyServiceAnswersItsHealthEndpoint() {
    for (String url : platform.managementUrls) {
      Http.Response health = http.get(url + "/actuator/health");
      assertThat(health.status()).as(url).isEqualTo(200);
      assertThat(health.body().path("status").asText()).as(url).isEqualTo("UP");
    }
  }

  @Test
  void aCompletionTravelsFromTheApisToReportsMetricsAndAudit() {
    String name = "Kim Seo-yeon " + UUID.randomUUID().toString().substring(0, 6);
    String email = "seo-yeon." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    String programId = steps.createAndPublishProgramme();
    String participantId = steps.register(name, email);
    String enrollmentId = steps.enrolWhenOpen(programId, participantId);
    assertThat(
            http.post(
                    platform.enrollmentUrl + "/enrollments/" + enrollmentId + "/progress",
                    Map.of("sessionsAttended", 10, "hoursAttended", 38.5))
                .status())
        .isEqualTo(200);
    Http.Response completion =
        http.put(
            platform.enrollmentUrl + "/enrollments/" + enrollmentId + "/completion",
            Map.of(
                "outcome",
                "COMPLETED",
                "hoursCompleted",
                40.0,
                "completionDate",
                LocalDate.now().minusDays(1).toString(),
                "certificateId",
                "CERT-SYS-1"));
    assertThat(completion.status()).isIn(200, 201);

    // Read model
    await()
        .atMost(PROPAGATION)
        .untilAsserted(
            () -> {
              JsonNode programme =
                  http.get(platform.reportingUrl + "/api/programs/" + programId).body();
              assertThat(programme.path("figures").path("enrolled").asLong()).isEqualTo(1);
              assertThat(programme.path("figures").path("completed").asLong()).isEqualTo(1);
              assertThat(programme.path("figures").path("completionRate").asDouble())
                  .isEqualTo(1.0);
            });
    JsonNode transcript =
        http.get(platform.reportingUrl + "/api/participants/" + participantId + "/transcript")
            .body();
    assertThat(transcript.toString()).contains(programId).contains("COMPLETED");

    // Metrics stream: the topic carries an update with this programme completed
    await()
        .atMost(PROPAGATION)
        .until(() -> metricsUpdates().stream().anyMatch(u -> completedIn(u, programId)));
    JsonNode current = http.get(platform.reportingUrl + "/api/completion-metrics").body();
    assertThat(current.toString()).contains(programId);

    // Audit trail: the auditors' tool reads the whole story back from the broker, in order
    List<String> types = auditHistoryTypes(programId);
    assertThat(types)
        .containsSubsequence(
            "ProgramCreated",
            "ProgramPublished",
            "EnrollmentConfirmed",
            "ProgressRecorded",
            "CompletionRecorded");
    await()
        .atMost(PROPAGATION)
        .untilAsserted(
            () ->
                assertThat(
                        http.get(platform.reportingUrl + "/api/audit/events?programId=" + programId)
                            .body()
                            .toString())
                    .contains("CompletionRecorded"));

    // The auditor re-derives every read model from the broker and finds no difference
    StringWriter verifyOut = new StringWriter();
    StringWriter verifyErr = new StringWriter();
    int verify =
        AuditCli.run(
            new PrintWriter(verifyOut, true),
            new PrintWriter(verifyErr, true),
            "--bootstrap",
            platform.bootstrapServers(),
            "verify",
            "--reporting-url",
            platform.reportingUrl,
            "--reporting-management-url",
            platform.reportingManagementUrl());
    assertThat(verify).as(verifyOut + "\n" + verifyErr).isZero();

    // Personal data never leaves enrollment-service
    assertThat(everyRecordOnTheBus())
        .hasSizeGreaterThanOrEqualTo(6) // 2 programme, 3 enrollment events, metrics
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(name)
                    .doesNotContain(email)
                    .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]+"));
  }

  private List<CompletionMetricsUpdated> metricsUpdates() {
    List<CompletionMetricsUpdated> updates = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : readAll(Topic.COMPLETION_METRICS.topicName())) {
      updates.add((CompletionMetricsUpdated) EventCodec.standard().decode(record.value()));
    }
    return updates;
  }

  private static boolean completedIn(CompletionMetricsUpdated update, String programId) {
    for (ProgramCompletionFigures programme : update.getPrograms()) {
      if (programme.getProgramId().equals(programId)
          && programme.getFigures().getCompleted() == 1) {
        return true;
      }
    }
    return false;
  }

  private List<String> auditHistoryTypes(String programId) {
    StringWriter out = new StringWriter();
    int exit =
        AuditCli.run(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "--bootstrap",
            platform.bootstrapServers(),
            "history",
            "--program",
            programId);
    assertThat(exit).isZero();
    List<String> types = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      int at = line.indexOf("\"type\":\"");
      if (at >= 0) {
        types.add(line.substring(at + 8, line.indexOf('"', at + 8)));
      }
    }
    return types;
  }

  /** Payload bytes, decoded JSON and headers of every record on every catalogue topic. */
  private List<String> everyRecordOnTheBus() {
    List<String> texts = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      for (ConsumerRecord<byte[], byte[]> record : readAll(topic.topicName())) {
        StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
        text.append(
            org.crewtraining.contracts.EventJson.toJson(
                EventCodec.standard().decode(record.value())));
        for (Header header : record.headers()) {
          text.append(new String(header.value(), StandardCharsets.UTF_8));
        }
        texts.add(text.toString());
      }
    }
    return texts;
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    return LogReader.readAll(platform.bootstrapServers(), List.of(topic));
  }
}
