package org.crewtraining.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.readmodels.CrewScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * as-of's distinct crew against a real broker holding {@link CrewScenario}: one participant returns
 * in 2022, 2023 and 2024 and counts once.
 */
@EmbeddedKafka(
    partitions = 3,
    topics = {"training.program-events", "training.enrollment-events"})
class AsOfCrewTest {

  private static final String X = "cli";
  private static final String LATER = "2100-01-01T00:00:00Z";
  private static String bootstrap;

  @BeforeAll
  static void produceHistory() throws Exception {
    bootstrap = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
    try (KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new EventSerializer())) {
      for (SpecificRecord event : CrewScenario.events(X)) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }
  }

  @Test
  void theReportCountsDistinctCrewOfAllYears() {
    JsonNode crew = crew("as-of", "--at", LATER);
    // r, s, u, v held a seat (t only waited); r, u, v completed.
    assertThat(crew.path("participants").asLong()).isEqualTo(4);
    assertThat(crew.path("completers").asLong()).isEqualTo(3);
    assertThat(crew.path("filter").path("fromYear").isNull()).isTrue();
  }

  @Test
  void fromAndToYearAreThePeriodOfTheWholeReportCrewIncluded() {
    JsonNode report = report("as-of", "--at", LATER, "--from-year", "2022", "--to-year", "2024");
    // 2022: r, s; 2023: r; 2024: r, u — five by year, three people; r and u completed.
    assertThat(report.path("crew").path("participants").asLong()).isEqualTo(3);
    assertThat(report.path("crew").path("completers").asLong()).isEqualTo(2);
    assertThat(report.path("crew").path("filter").path("toYear").asInt()).isEqualTo(2024);
    assertThat(report.path("programs")).hasSize(3); // A, B, C: not D (2025)
    assertThat(report.path("period").path("fromYear").asInt()).isEqualTo(2022);

    JsonNode from2024 = crew("as-of", "--at", LATER, "--from-year", "2024");
    assertThat(from2024.path("participants").asLong()).isEqualTo(3); // r, u, v
    JsonNode to2022 = crew("as-of", "--at", LATER, "--to-year", "2022");
    assertThat(to2022.path("participants").asLong()).isEqualTo(2); // r, s
  }

  @Test
  void aPeriodEndingBeforeItStartsIsAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        AuditCli.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "--bootstrap",
            bootstrap,
            "as-of",
            "--at",
            LATER,
            "--from-year",
            "2024",
            "--to-year",
            "2022");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--to-year must not be before --from-year");
  }

  private static JsonNode crew(String... args) {
    return report(args).path("crew");
  }

  private static JsonNode report(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--bootstrap";
    all[1] = bootstrap;
    System.arraycopy(args, 0, all, 2, args.length);
    int code = AuditCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    assertThat(code).as(err.toString()).isZero();
    return Json.MAPPER.readTree(out.toString());
  }
}
