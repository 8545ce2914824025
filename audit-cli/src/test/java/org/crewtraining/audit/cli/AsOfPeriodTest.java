package org.crewtraining.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.PeriodScenario;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * as-of's business period (--from-year/--to-year, --from/--to) and knowledge time (--at, default
 * now) against a real broker holding {@link PeriodScenario}: the 2023 and 2024 cohorts, with a 2024
 * completion recorded in January 2025. Figures from the scenario's hand-computed table.
 */
@EmbeddedKafka(
    partitions = 3,
    topics = {"training.program-events", "training.enrollment-events"})
class AsOfPeriodTest {

  private static final String X = "cli";
  private static String bootstrap;

  @BeforeAll
  static void produceHistory() throws Exception {
    bootstrap = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
    try (KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new EventSerializer())) {
      for (SpecificRecord event : PeriodScenario.events(X, 0)) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }
  }

  @Test
  void the2024CohortAsKnownNowWithoutAt() {
    Instant before = Instant.now();
    JsonNode report = report("as-of", "--from-year", "2024", "--to-year", "2024");

    assertThat(ids(report)).containsExactly("cli-B", "cli-C", "cli-D");
    assertThat(report.path("overall").path("enrolled").asLong()).isEqualTo(6);
    assertThat(report.path("overall").path("completed").asLong()).isEqualTo(4);
    assertThat(report.path("crew").path("participants").asLong()).isEqualTo(5);
    assertThat(report.path("events").asLong()).isEqualTo(20); // every event is known now
    assertThat(Instant.parse(report.path("asOf").asString()))
        .isBetween(before.minusMillis(1), Instant.now());
  }

  @Test
  void the2024CohortAsKnownAtYearEndInSeoulIsTheFoldOfWhatWasRecordedByThen() {
    JsonNode report =
        report(
            "as-of",
            "--at",
            "2025-01-01T08:59:59+09:00",
            "--from-year",
            "2024",
            "--to-year",
            "2024");

    // rC's completion was recorded on 10 January, w enrolled on 3 January: not known yet.
    assertThat(report.path("overall").path("enrolled").asLong()).isEqualTo(5);
    assertThat(report.path("overall").path("completed").asLong()).isEqualTo(2);
    assertThat(report.path("crew").path("participants").asLong()).isEqualTo(4);
    assertThat(report.path("events").asLong()).isEqualTo(16);
    Replay expected = Replay.asOf(PeriodScenario.YEAR_END_2024);
    PeriodScenario.events(X, 0).forEach(expected::accept);
    assertThat(report)
        .isEqualTo(
            Json.MAPPER.readTree(
                Json.MAPPER.writeValueAsString(
                    expected.report(ReportPeriod.years(2024, 2024), CrewFilter.ANY))));
  }

  @Test
  void aDateRangeOnEndDatesAndTwoCohortsMid2024() {
    JsonNode ending2024 = report("as-of", "--from", "2024-01-01", "--to", "2024-12-31");
    assertThat(ids(ending2024)).containsExactly("cli-B", "cli-C"); // D ends in 2025
    assertThat(ending2024.path("period").path("to").asString()).isEqualTo("2024-12-31");

    JsonNode mid2024 =
        report("as-of", "--at", "2024-06-30T23:59:59Z", "--from-year", "2023", "--to-year", "2024");
    assertThat(ids(mid2024)).containsExactly("cli-A", "cli-B");
    assertThat(mid2024.path("overall").path("enrolled").asLong()).isEqualTo(4);
    assertThat(mid2024.path("overall").path("completed").asLong()).isEqualTo(1);
  }

  @Test
  void badPeriodsAreUsageErrors() {
    assertThat(run("as-of", "--from", "2024-12-31", "--to", "2024-01-01").err)
        .contains("--to must not be before --from");
    Result offset = run("as-of", "--to", "2024-12-31+09:00");
    assertThat(offset.code).isEqualTo(1);
    assertThat(offset.err).contains("--to");
    assertThat(run("as-of", "--at", "2024-12-31").code).isEqualTo(1);
  }

  @Test
  void theHelpSaysWhichIsTheBusinessPeriodAndWhichTheKnowledgeTime() {
    Result help = run("as-of", "--help");
    assertThat(help.code).isZero();
    assertThat(help.out)
        .contains("Business period (what the report is about)")
        .contains("Knowledge time (what was known): --at")
        .contains("default now");
  }

  private static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.path("programs").forEach(p -> ids.add(p.path("programId").asString()));
    return ids;
  }

  private static JsonNode report(String... args) {
    Result result = run(args);
    assertThat(result.code).as(result.err).isZero();
    return Json.MAPPER.readTree(result.out);
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
