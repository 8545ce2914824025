package org.crewtraining.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka(
    partitions = 6,
    topics = {"training.program-events", "training.enrollment-events"})
class AuditCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String bootstrap;
  private static int programmeEvents;

  @BeforeAll
  static void produceHistory() throws Exception {
    EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    bootstrap = broker.getBrokersAsString();
    List<SpecificRecord> events = new ArrayList<>(SampleEvents.all().values());
    events.removeIf(e -> EventType.of(e) == EventType.COMPLETION_METRICS_UPDATED);
    // the sample programme's events: all but ParticipantErased, which is about no programme
    programmeEvents =
        (int) events.stream().filter(e -> EventType.of(e).programIdOf(e) != null).count();
    events.add(SampleEvents.programCreated("prg-other", 5));
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
    try (KafkaProducer<String, byte[]> raw =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      raw.send(
              new ProducerRecord<>(
                  Topic.PROGRAM_EVENTS.topicName(), SampleEvents.PROGRAM_ID, "junk".getBytes()))
          .get();
    }
  }

  @Test
  void historyOfAProgrammeShowsExactlyItsEventsDecodedWithHeaders() throws Exception {
    Result result = run("history", "--program", SampleEvents.PROGRAM_ID);

    assertThat(result.exitCode).isZero();
    List<JsonNode> lines = result.lines();
    // every programme and enrollment event of the catalogue, and the undecodable record
    assertThat(lines).hasSize(programmeEvents + 1);
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.path("key").asText()).isEqualTo(SampleEvents.PROGRAM_ID));
    JsonNode created =
        lines.stream()
            .filter(l -> "ProgramCreated".equals(l.path("type").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(created.path("event").path("title").asText()).startsWith("Post-production");
    assertThat(created.path("headers").path("ce_type").asText())
        .isEqualTo("org.crewtraining.events.programs.ProgramCreated");
    assertThat(created.path("headers").path("ce_id").asText())
        .isEqualTo(created.path("event").path("metadata").path("eventId").asText());
    JsonNode junk = lines.stream().filter(l -> l.has("error")).findFirst().orElseThrow();
    assertThat(junk.path("rawBase64").asText()).isEqualTo("anVuaw==");
  }

  @Test
  void historyOfAParticipantShowsTheirEnrollmentEvents() throws Exception {
    Result result =
        run(
            "history",
            "--participant",
            SampleEvents.PARTICIPANT_ID,
            "--type",
            "CompletionRecorded");

    assertThat(result.exitCode).isZero();
    assertThat(result.lines())
        .singleElement()
        .satisfies(
            l -> assertThat(l.path("event").path("outcome").asText()).isEqualTo("COMPLETED"));
  }

  @Test
  void tailFromTheBeginningPrintsRecordsUpToTheLimit() throws Exception {
    Result result =
        run(
            "tail",
            "--topic",
            Topic.PROGRAM_EVENTS.topicName(),
            "--from-beginning",
            "--limit",
            "8");

    assertThat(result.exitCode).isZero();
    assertThat(result.lines()).hasSize(8);
    assertThat(result.lines())
        .extracting(l -> l.path("topic").asText())
        .containsOnly("training.program-events");
  }

  @Test
  void anUnreachableBrokerIsAClearErrorNotAHang() {
    Result result = run("--bootstrap", "127.0.0.1:1", "history", "--program", "prg-x");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("cannot reach Kafka at 127.0.0.1:1");
  }

  @Test
  void missingSubjectIsAUsageError() {
    Result result = run("history");

    assertThat(result.exitCode).isEqualTo(1);
    assertThat(result.err).contains("--program").contains("--participant");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withBootstrap = args;
    if (!args[0].equals("--bootstrap")) {
      withBootstrap = new String[args.length + 2];
      withBootstrap[0] = "--bootstrap";
      withBootstrap[1] = bootstrap;
      System.arraycopy(args, 0, withBootstrap, 2, args.length);
    }
    int code = AuditCli.run(new PrintWriter(out, true), new PrintWriter(err, true), withBootstrap);
    return new Result(code, out.toString(), err.toString());
  }

  record Result(int exitCode, String out, String err) {
    List<JsonNode> lines() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }
}
