package org.crewtraining.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.manifest.ManifestFold;
import org.crewtraining.readmodels.manifest.Manifests;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.readmodels.manifest.OffsetRange;
import org.crewtraining.readmodels.manifest.ReportKind;
import org.crewtraining.readmodels.manifest.WriterSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.node.ObjectNode;

/**
 * verify-report against a real broker: a history produced, an as-of report over 2022-2024 and its
 * manifest made as the service makes them (the same fold of the records, noting ranges and
 * schemas), then re-derived by the command from nothing but the manifest and the broker; and
 * tampered with: a figure in the report, the digest, a range, a schema fingerprint.
 */
@EmbeddedKafka(
    partitions = 3,
    topics = {"training.program-events", "training.enrollment-events"})
class VerifyReportTest {

  private static final String X = "vr";
  private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

  private static String bootstrap;
  private static Manifested made;

  @TempDir Path dir;

  @BeforeAll
  static void produceHistoryAndMakeTheReport() throws Exception {
    bootstrap = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
    List<SpecificRecord> events = new ArrayList<>(CrewScenario.events(X));
    try (KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new EventSerializer())) {
      for (SpecificRecord event : events) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }
    EventCodec codec = EventCodec.standard();
    ManifestFold fold = new ManifestFold(AT, new WriterSchemas(codec.ids()));
    try (LogReader reader = new LogReader(bootstrap)) {
      reader
          .fromBeginningOf(LogReader.EVENT_TOPICS)
          .readToEnd(
              r ->
                  codec
                      .decodeOn(r.topic(), r.value())
                      .ifPresent(
                          e -> fold.accept(r.topic(), r.partition(), r.offset(), r.value(), e)));
    }
    made = Manifests.folded(ReportKind.AS_OF, ReportPeriod.years(2022, 2024), Map.of(), AT, fold);
    assertThat(made.manifest().events()).isEqualTo(events.size());
    assertThat(made.manifest().schemas()).allSatisfy(s -> assertThat(s.schemaId()).isNotNull());
  }

  @Test
  void theReportAndItsManifestMatchTheBroker() throws Exception {
    Path manifest = write("manifest.json", made.manifest());
    Path report = write("report.json", made.report());

    Result digestOnly = run("verify-report", manifest.toString());
    assertThat(digestOnly.code).as(digestOnly.err).isEqualTo(VerifyReportCommand.MATCH);
    assertThat(digestOnly.out.strip()).isEqualTo("match");
    assertThat(digestOnly.err).contains("sha256:" + made.manifest().digest().value());

    Result withReport = run("verify-report", manifest.toString(), report.toString());
    assertThat(withReport.code).as(withReport.err).isEqualTo(VerifyReportCommand.MATCH);

    // The API's answer, both in one file, serves as either argument.
    Path both = write("answer.json", Map.of("report", made.report(), "manifest", made.manifest()));
    Result answer = run("verify-report", both.toString(), both.toString());
    assertThat(answer.code).as(answer.err).isEqualTo(VerifyReportCommand.MATCH);
  }

  @Test
  void aChangedFigureInTheReportDiffersNamingItsRow() throws Exception {
    ObjectNode report = (ObjectNode) Json.MAPPER.valueToTree(made.report());
    ObjectNode programme = (ObjectNode) report.withArray("programs").get(1);
    String id = programme.get("programId").asString();
    long completed = programme.get("figures").get("completed").asLong();
    ((ObjectNode) programme.get("figures")).put("completed", completed + 1);

    Result result =
        run(
            "verify-report",
            write("manifest.json", made.manifest()).toString(),
            write("report.json", report).toString());

    assertThat(result.code).as(result.err).isEqualTo(VerifyReportCommand.DIFFERS);
    assertThat(result.out.lines().toList())
        .containsExactly(
            "differs",
            "  programs[programId="
                + id
                + "].figures.completed: derived "
                + completed
                + ", report "
                + (completed + 1));
  }

  @Test
  void aChangedDigestDiffers() throws Exception {
    ObjectNode manifest = (ObjectNode) Json.MAPPER.valueToTree(made.manifest());
    ((ObjectNode) manifest.get("digest")).put("value", "0".repeat(64));

    Result result = run("verify-report", write("manifest.json", manifest).toString());

    assertThat(result.code).as(result.err).isEqualTo(VerifyReportCommand.DIFFERS);
    assertThat(result.out)
        .contains("manifest.digest: derived " + made.manifest().digest().value())
        .contains("manifest " + "0".repeat(64));
  }

  @Test
  void aRangeBeyondTheLogIsRefusedAndAShorterOneIsNoMatch() throws Exception {
    ObjectNode manifest = (ObjectNode) Json.MAPPER.valueToTree(made.manifest());
    ObjectNode range = (ObjectNode) manifest.withArray("offsets").get(0);
    long to = range.get("toOffset").asLong();
    range.put("toOffset", to + 1000);

    Result beyond = run("verify-report", write("manifest.json", manifest).toString());
    assertThat(beyond.code).as(beyond.out).isEqualTo(VerifyReportCommand.REFUSED);
    assertThat(beyond.err).contains("refused").contains("is not on the broker");

    // One record fewer at the end of the first range: another fold, never a match.
    OffsetRange first = made.manifest().offsets().get(0);
    range.put("toOffset", first.toOffset() - 1);
    Result shorter = run("verify-report", write("manifest.json", manifest).toString());
    assertThat(shorter.code)
        .as(shorter.out + shorter.err)
        .isIn(VerifyReportCommand.DIFFERS, VerifyReportCommand.REFUSED);
  }

  @Test
  void aSchemaFingerprintTheRecordsDoNotHaveIsRefused() throws Exception {
    ObjectNode manifest = (ObjectNode) Json.MAPPER.valueToTree(made.manifest());
    ((ObjectNode) manifest.withArray("schemas").get(0)).put("fingerprint", "ab".repeat(32));

    Result result = run("verify-report", write("manifest.json", manifest).toString());

    assertThat(result.code).as(result.out).isEqualTo(VerifyReportCommand.REFUSED);
    assertThat(result.err).contains("sha256:" + "ab".repeat(32)).contains("no record");
  }

  private Path write(String name, Object value) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, Json.MAPPER.writeValueAsString(value));
    return file;
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
