package org.crewtraining.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.readmodels.AdmissionMode;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.ProgramSelection;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.SelectionOverview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * as-of and verify against a real broker. verify's other side, reporting-service's JSON API, is
 * served here by a small HTTP server from the fold of the same events (rendered with the service's
 * record types), once faithfully and once with a tampered programme.
 */
@EmbeddedKafka(
    partitions = 6,
    topics = {"training.program-events", "training.enrollment-events"})
class AsOfAndVerifyTest {

  private static final Instant YEAR_END_2024 = Instant.parse("2024-12-31T23:59:59Z");

  /** What the stand-in service accepts: the local default auditor, or one bearer token. */
  private static final Set<String> ACCEPTED =
      Set.of(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("auditor:crew-auditor".getBytes(StandardCharsets.UTF_8)),
          "Bearer test-token");

  private static final List<SpecificRecord> EVENTS = new ArrayList<>();
  private static String bootstrap;
  private HttpServer server;

  @BeforeAll
  static void produceHistory() throws Exception {
    bootstrap = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
    EVENTS.addAll(SampleEvents.all().values());
    EVENTS.removeIf(e -> EventType.of(e) == EventType.COMPLETION_METRICS_UPDATED);
    EVENTS.add(SampleEvents.programCreated("prg-other", 5));
    try (KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new EventSerializer())) {
      for (SpecificRecord event : EVENTS) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void asOfYearEndIsTheFoldOfTheLogUpToThen() {
    Result result = run("as-of", "--at", YEAR_END_2024.toString());

    assertThat(result.code).as(result.err).isZero();
    Replay expected = Replay.asOf(YEAR_END_2024);
    EVENTS.forEach(expected::accept);
    // every event but ParticipantErased, which changes no read model
    assertThat(expected.applied())
        .isEqualTo(
            EVENTS.stream().filter(e -> EventType.of(e) != EventType.PARTICIPANT_ERASED).count());
    assertThat(Json.MAPPER.readTree(result.out))
        .isEqualTo(
            Json.MAPPER.readTree(
                Json.MAPPER.writeValueAsString(
                    AsOfReport.of(YEAR_END_2024, expected.applied(), expected.state()))));
    assertThat(Json.MAPPER.readTree(result.out).path("programs")).hasSize(2);
  }

  @Test
  void asOfBeforeTheFirstEventIsEmpty() {
    JsonNode report = Json.MAPPER.readTree(run("as-of", "--at", "2024-01-01T00:00:00Z").out);

    assertThat(report.path("events").asLong()).isZero();
    assertThat(report.path("programs")).isEmpty();
    assertThat(report.path("overall").path("enrolled").asLong()).isZero();
  }

  @Test
  void verifyAgreesWithAFaithfulServiceAndNamesATamperedProgramme() throws Exception {
    String url = serve(UnaryOperator.identity());
    Result faithful = run("verify", "--reporting-url", url, "--reporting-management-url", url);
    assertThat(faithful.code).as(faithful.err).isZero();
    assertThat(Json.MAPPER.readTree(faithful.out).path("verified").asBoolean()).isTrue();
    server.stop(0);

    String tamperedUrl = serve(p -> p.programId().equals("prg-other") ? retitled(p, "Forged") : p);
    Result tampered =
        run("verify", "--reporting-url", tamperedUrl, "--reporting-management-url", tamperedUrl);

    assertThat(tampered.code).isEqualTo(VerifyCommand.DIFFERENCES_FOUND);
    JsonNode differences = Json.MAPPER.readTree(tampered.out).path("differences");
    assertThat(differences).hasSize(1);
    assertThat(differences.get(0).path("model").asString()).isEqualTo("program");
    assertThat(differences.get(0).path("id").asString()).isEqualTo("prg-other");
    assertThat(differences.get(0).path("field").asString()).isEqualTo("title");
    assertThat(differences.get(0).path("actual").asString()).isEqualTo("Forged");
  }

  @Test
  void verifyNamesAProgrammeWhoseServedAttendanceDiffersFromTheFold() throws Exception {
    String sampleProgramme = SampleEvents.PROGRAM_ID;
    assertThat(ReadModels.attendance(fold()).programs())
        .filteredOn(a -> a.programId().equals(sampleProgramme))
        .singleElement()
        // The sample's only session is cancelled: its entries count nowhere.
        .satisfies(a -> assertThat(a.recorded()).isZero());
    String url =
        serve(
            UnaryOperator.identity(),
            a ->
                a.programId().equals(sampleProgramme)
                    ? new AttendanceOverview.Programme(
                        a.programId(),
                        a.activeSessions(),
                        a.plannedMinutes(),
                        a.recorded() + 1, // a service that counted the cancelled session's entry
                        a.attended(),
                        a.attendanceRate())
                    : a);

    Result tampered = run("verify", "--reporting-url", url, "--reporting-management-url", url);

    assertThat(tampered.code).isEqualTo(VerifyCommand.DIFFERENCES_FOUND);
    JsonNode differences = Json.MAPPER.readTree(tampered.out).path("differences");
    assertThat(differences).hasSize(1);
    assertThat(differences.get(0).path("model").asString()).isEqualTo("attendance");
    assertThat(differences.get(0).path("id").asString()).isEqualTo(sampleProgramme);
    assertThat(differences.get(0).path("field").asString()).isEqualTo("recorded");
  }

  @Test
  void verifyNamesAProgrammeWhoseServedSelectionDiffersFromTheFold() throws Exception {
    String sampleProgramme = SampleEvents.PROGRAM_ID;
    ProgramSelection folded = ReadModels.selection(fold(), sampleProgramme).orElseThrow();
    // The samples' application is submitted and offered a seat.
    assertThat(folded.figures().submitted()).isEqualTo(1);
    String url =
        serve(
            UnaryOperator.identity(),
            UnaryOperator.identity(),
            p ->
                p.programId().equals(sampleProgramme)
                    ? new ProgramSelection(
                        p.programId(),
                        p.title(),
                        p.status(),
                        p.capacity(),
                        AdmissionMode.FIRST_COME, // a service that missed the admission
                        p.applicationsOpenAt(),
                        p.applicationsCloseAt(),
                        p.offerValidityHours(),
                        p.figures(),
                        p.quotas())
                    : p);

    Result tampered = run("verify", "--reporting-url", url, "--reporting-management-url", url);

    assertThat(tampered.code).isEqualTo(VerifyCommand.DIFFERENCES_FOUND);
    JsonNode differences = Json.MAPPER.readTree(tampered.out).path("differences");
    assertThat(differences).hasSize(1);
    assertThat(differences.get(0).path("model").asString()).isEqualTo("selection");
    assertThat(differences.get(0).path("id").asString()).isEqualTo(sampleProgramme);
    assertThat(differences.get(0).path("field").asString()).isEqualTo("admissionMode");
  }

  @Test
  void verifySignsInAsTheLocalAuditorOrWithAToken() throws Exception {
    String url = serve(UnaryOperator.identity());
    assertThat(
            run(
                    "verify",
                    "--reporting-url",
                    url,
                    "--reporting-management-url",
                    url,
                    "--reporting-token",
                    "test-token")
                .code)
        .isZero();

    Result refused =
        run(
            "verify",
            "--reporting-url",
            url,
            "--reporting-management-url",
            url,
            "--reporting-password",
            "wrong",
            "--wait",
            "PT0S");
    assertThat(refused.code).isEqualTo(1);
    assertThat(refused.err).contains("reporting-service refused").contains("(401)");
  }

  @Test
  void anUnreachableReportingServiceIsAClearError() {
    Result result =
        run(
            "verify",
            "--reporting-url",
            "http://127.0.0.1:1",
            "--reporting-management-url",
            "http://127.0.0.1:1",
            "--wait",
            "PT0S");

    assertThat(result.code).isEqualTo(3);
    assertThat(result.err).contains("cannot reach reporting-service at http://127.0.0.1:1");
  }

  @Test
  void anUnreachableBrokerIsExitCode2ForAsOf() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AuditCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "--bootstrap",
            "127.0.0.1:1",
            "as-of",
            "--at",
            YEAR_END_2024.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach Kafka at 127.0.0.1:1");
  }

  /** reporting-service's read-model endpoints, rendered from the fold of the published events. */
  private String serve(UnaryOperator<ProgramSummary> tamper) throws IOException {
    return serve(tamper, UnaryOperator.identity());
  }

  private String serve(
      UnaryOperator<ProgramSummary> tamper, UnaryOperator<AttendanceOverview.Programme> attendance)
      throws IOException {
    return serve(tamper, attendance, UnaryOperator.identity());
  }

  private String serve(
      UnaryOperator<ProgramSummary> tamper,
      UnaryOperator<AttendanceOverview.Programme> attendance,
      UnaryOperator<ProgramSelection> selection)
      throws IOException {
    ReportingState state = fold();
    List<ProgramSummary> programs = ReadModels.programs(state).stream().map(tamper).toList();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (!ACCEPTED.contains(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
          }
          Object body;
          if (path.equals("/actuator/health")) {
            body =
                Map.of(
                    "status",
                    "UP",
                    "components",
                    Map.of(
                        "projection",
                        Map.of("details", Map.of("consumerLag", Map.of("total", 0)))));
          } else if (path.equals("/api/programs")) {
            body = page(programs);
          } else if (path.equals("/api/attendance")) {
            AttendanceOverview folded = ReadModels.attendance(state);
            body =
                new AttendanceOverview(
                    folded.recorded(),
                    folded.attended(),
                    folded.attendanceRate(),
                    folded.programs().stream().map(attendance).toList());
          } else if (path.equals("/api/selection")) {
            SelectionOverview folded = ReadModels.selection(state);
            body =
                new SelectionOverview(
                    folded.overall(), folded.programs().stream().map(selection).toList());
          } else if (path.equals("/api/figures/overall")) {
            body = ReadModels.overall(state);
          } else {
            body =
                page(
                    ReadModels.rollup(
                        state, Dimension.valueOf(path.substring(path.lastIndexOf('/') + 1))));
          }
          byte[] bytes = Json.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static Map<String, Object> page(List<?> items) {
    return Map.of(
        "items", items, "page", 0, "size", 500, "totalItems", items.size(), "totalPages", 1);
  }

  private static ReportingState fold() {
    Replay replay = Replay.all();
    EVENTS.forEach(replay::accept);
    return replay.state();
  }

  private static ProgramSummary retitled(ProgramSummary p, String title) {
    return new ProgramSummary(
        p.programId(),
        title,
        p.partners(),
        p.format(),
        p.track(),
        p.audience(),
        p.cohortYear(),
        p.status(),
        p.startDate(),
        p.endDate(),
        p.plannedHours(),
        p.capacity(),
        p.seatsTaken(),
        p.fillRate(),
        p.figures());
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--bootstrap";
    all[1] = bootstrap;
    System.arraycopy(args, 0, all, 2, args.length);
    int code = AuditCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Result(code, out.toString(), err.toString());
  }

  record Result(int code, String out, String err) {}
}
