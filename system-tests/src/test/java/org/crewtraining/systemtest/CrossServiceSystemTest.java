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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The three services as separate application contexts on one real broker and PostgreSQL: a
 * programme is created and published, a participant enrols and completes, and the read model, the
 * metrics stream and the audit trail all show it — while no personal data ever reaches the bus.
 */
class CrossServiceSystemTest {

  private static final Duration PROPAGATION = Duration.ofSeconds(30);
  private static Platform platform;
  private final Http http = new Http();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
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

    String programId = createAndPublishProgramme();
    String participantId = register(name, email);
    String enrollmentId = enrolWhenOpen(programId, participantId);
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

  private String createAndPublishProgramme() {
    LocalDate start = LocalDate.now().minusDays(30);
    Http.Response created =
        http.post(
            platform.programUrl + "/programs",
            Map.ofEntries(
                Map.entry("title", "Netflix x KOCCA Post-production Short Course (system test)"),
                Map.entry("partners", List.of("Netflix", "KOCCA")),
                Map.entry("format", "SHORT_COURSE"),
                Map.entry("track", "POST_PRODUCTION"),
                Map.entry("audience", "INDUSTRY_WORKER"),
                Map.entry("capacity", 20),
                Map.entry("startDate", start.toString()),
                Map.entry("endDate", start.plusDays(20).toString()),
                Map.entry("deliveryMode", "IN_PERSON"),
                Map.entry("cohortYear", start.getYear()),
                Map.entry("plannedHours", 40)));
    assertThat(created.status()).isEqualTo(201);
    String programId = created.body().path("programId").asText();
    assertThat(
            http.post(platform.programUrl + "/programs/" + programId + "/publish", null).status())
        .isEqualTo(200);
    return programId;
  }

  private String register(String name, String email) {
    Http.Response registered =
        http.post(
            platform.enrollmentUrl + "/participants",
            Map.of(
                "name", name,
                "email", email,
                "organisation", "Studio Dragon (test)",
                "participantType", "INDUSTRY_WORKER",
                "craft", "POST_PRODUCTION"));
    assertThat(registered.status()).isEqualTo(201);
    return registered.body().path("participantId").asText();
  }

  /** enrollment-service opens the programme once it has consumed ProgramPublished. */
  private String enrolWhenOpen(String programId, String participantId) {
    String[] enrollmentId = new String[1];
    await()
        .atMost(PROPAGATION)
        .until(
            () -> {
              Http.Response response =
                  http.post(
                      platform.enrollmentUrl + "/programs/" + programId + "/enrollments",
                      Map.of("participantId", participantId));
              if (response.status() == 201) {
                assertThat(response.body().path("status").asText()).isEqualTo("CONFIRMED");
                enrollmentId[0] = response.body().path("enrollmentId").asText();
                return true;
              }
              return false;
            });
    return enrollmentId[0];
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
