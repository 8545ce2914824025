package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20 end to end: register with consent → enrol → complete → erase. Afterwards no text column
 * of any enrollment-service table holds the name or e-mail, the enrolment still counts in
 * reporting, verify finds no difference, a rebuild equals the live read models, the audit trail
 * shows ParticipantErased, and the services' log lines of the whole run hold neither.
 */
class ParticipantErasureSystemTest {

  private static final Duration PROPAGATION = PlatformSteps.PROPAGATION;
  private static Platform platform;
  private final Http http = new Http();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void anErasedParticipantLeavesNoPersonalTraceAndEveryFigureStays() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Erased Jung " + tag;
    String email = "jung." + tag + "@example.org";
    PlatformSteps steps = new PlatformSteps(platform, http);
    LogCapture logs = new LogCapture();
    String participantId;
    String programId;
    JsonNode before;
    try {
      programId = steps.createAndPublishProgramme();
      participantId = steps.register(name, email);
      String enrollmentId = steps.enrolWhenOpen(programId, participantId);
      assertThat(
              http.put(
                      platform.enrollmentUrl + "/enrollments/" + enrollmentId + "/completion",
                      Map.of(
                          "outcome",
                          "COMPLETED",
                          "hoursCompleted",
                          40.0,
                          "completionDate",
                          LocalDate.now().minusDays(1).toString()))
                  .status())
          .isIn(200, 201);
      String programUrl = platform.reportingUrl + "/api/programs/" + programId;
      await()
          .atMost(PROPAGATION)
          .untilAsserted(
              () ->
                  assertThat(http.get(programUrl).body().path("figures").path("completed").asLong())
                      .isEqualTo(1));
      before = http.get(programUrl).body();
      assertThat(enrollmentTextColumnsHolding(email)).contains("participant.email");

      Http.Response erased =
          http.post(
              platform.enrollmentUrl + "/participants/" + participantId + "/erasure",
              Map.of("reasonCode", "DATA_SUBJECT_REQUEST"));
      assertThat(erased.status()).isEqualTo(200);

      // enrollment-service: no trace in any text column of any table
      assertThat(enrollmentTextColumnsHolding(name)).isEmpty();
      assertThat(enrollmentTextColumnsHolding(email)).isEmpty();
      assertThat(enrollmentTextColumnsHolding(participantId))
          .as("the pseudonymous id stays")
          .contains("participant.participant_id", "enrollment.participant_id");

      // the audit trail shows the erasure
      await()
          .atMost(PROPAGATION)
          .untilAsserted(
              () ->
                  assertThat(
                          http.get(
                                  platform.reportingUrl
                                      + "/api/audit/events?participantId="
                                      + participantId)
                              .body()
                              .toString())
                      .contains("ParticipantErased")
                      .contains("DATA_SUBJECT_REQUEST"));

      // the enrolment still counts, verify is empty, a rebuild equals the live read models
      assertThat(http.get(programUrl).body()).isEqualTo(before);
      assertThat(
              http.get(platform.reportingUrl + "/api/participants/" + participantId + "/transcript")
                  .body()
                  .toString())
          .contains(programId)
          .contains("COMPLETED");
      awaitVerifiedWithoutDifferences();
      String rebuild =
          http.post(platform.reportingUrl + "/api/admin/rebuilds", null).body().path("id").asText();
      await()
          .atMost(Duration.ofMinutes(2))
          .until(
              () ->
                  http.get(platform.reportingUrl + "/api/admin/rebuilds/" + rebuild)
                      .body()
                      .path("phase")
                      .asText(),
              phase -> phase.equals("DONE") || phase.equals("FAILED"));
      assertThat(
              http.get(platform.reportingUrl + "/api/admin/rebuilds/" + rebuild)
                  .body()
                  .path("phase")
                  .asText())
          .isEqualTo("DONE");
      assertThat(http.get(programUrl).body()).isEqualTo(before);
      awaitVerifiedWithoutDifferences();
    } finally {
      logs.close();
    }

    // nothing personal on the bus, nor in a log line of the whole run
    for (Topic topic : Topic.values()) {
      for (ConsumerRecord<byte[], byte[]> record :
          LogReader.readAll(platform.bootstrapServers(), List.of(topic.topicName()))) {
        String text =
            new String(record.value(), StandardCharsets.UTF_8)
                + EventJson.toJson(EventCodec.standard().decode(record.value()));
        assertThat(text).doesNotContain(name).doesNotContain(email);
      }
    }
    List<String> lines = logs.lines();
    assertThat(lines).as("the run logged at all").isNotEmpty();
    assertThat(lines)
        .allSatisfy(line -> assertThat(line).doesNotContain(name).doesNotContain(email));
  }

  private void awaitVerifiedWithoutDifferences() {
    await()
        .atMost(PROPAGATION)
        .untilAsserted(
            () -> {
              JsonNode report = http.post(platform.reportingUrl + "/api/admin/verify", null).body();
              assertThat(report.path("eventsNotYetApplied").asLong()).isZero();
              assertThat(report.path("differences")).as(report.toString()).isEmpty();
            });
  }

  /** "table.column" of every text column of every enrollment-service table holding the text. */
  private static List<String> enrollmentTextColumnsHolding(String text) throws SQLException {
    List<String> holding = new ArrayList<>();
    try (Connection db = platform.database("enrollment").connect()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement q =
              db.prepareStatement(
                  "SELECT c.table_name, c.column_name FROM information_schema.columns c"
                      + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                      + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                      + " WHERE c.table_schema = current_schema() AND (c.data_type IN"
                      + " ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY'))");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      assertThat(columns).as("text columns scanned").hasSizeGreaterThan(30);
      for (String[] column : columns) {
        try (PreparedStatement q =
            db.prepareStatement(
                "SELECT count(*) FROM \""
                    + column[0]
                    + "\" WHERE strpos(lower(\""
                    + column[1]
                    + "\"::text), lower(?)) > 0")) {
          q.setString(1, text);
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              holding.add(column[0] + "." + column[1]);
            }
          }
        }
      }
    }
    return holding;
  }
}
