package org.crewtraining.enrollment.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestTrace;
import org.crewtraining.support.tracing.EventTracing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured logs as the deployment writes them: a line written while an event is handled is one
 * JSON object naming the event, its correlation id and the trace the record carried.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "logging.structured.format.console=ecs",
      "logging.config=classpath:structured-logging-test.xml",
      "logging.level.org.crewtraining.enrollment.programme=DEBUG",
      "logging.level.org.crewtraining.support.kafka=WARN",
      "logging.level.org.springframework.security.web.FilterChainProxy=DEBUG"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
class StructuredLogTest {

  @Autowired KafkaTemplate<String, SpecificRecord> kafka;
  @Autowired JsonMapper json;
  @LocalServerPort int port;

  @Test
  void aLineAboutAnEventNamesItsEventCorrelationAndTrace(CapturedOutput output) throws Exception {
    String programId = "prg-" + UUID.randomUUID();
    String correlationId = "corr-" + UUID.randomUUID();
    ProgramCreated created =
        ProgramCreated.newBuilder(SampleEvents.programCreated(programId, 10))
            .setMetadata(
                Events.newMetadata(
                    "program-service", correlationId, null, "operator@kocca", Instant.now()))
            .build();
    TestTrace trace = TestTrace.random();
    String traceparent = trace.traceparent();
    // The same event twice: the redelivery is skipped, with a line saying so.
    send(created, traceparent);
    send(created, traceparent);

    String eventId = Events.metadataOf(created).getEventId().toString();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(output.getOut()).contains("Skipped redelivered program event"));
    JsonNode line =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains("Skipped redelivered program event") && l.contains(eventId))
            .map(json::readTree)
            .findFirst()
            .orElseThrow();
    assertThat(line.path("eventId").asString()).isEqualTo(eventId);
    assertThat(line.path("eventType").asString()).isEqualTo("ProgramCreated");
    assertThat(line.path("correlationId").asString()).isEqualTo(correlationId);
    assertThat(line.path("traceId").asString()).isEqualTo(trace.traceId());
    assertThat(line.path("log").path("level").asString()).isEqualTo("DEBUG");
  }

  @Test
  void theLineParkingARecordOnTheDeadLetterTopicNamesItsEvent(CapturedOutput output)
      throws Exception {
    String correlationId = "corr-" + UUID.randomUUID();
    // a valid enrollment event on the programme topic: never an event of that topic
    SpecificRecord misplaced =
        EnrollmentConfirmed.newBuilder(
                (EnrollmentConfirmed) SampleEvents.of(EventType.ENROLLMENT_CONFIRMED))
            .setMetadata(
                Events.newMetadata(
                    "enrollment-service", correlationId, null, "registrar", Instant.now()))
            .build();
    TestTrace trace = TestTrace.random();
    send(misplaced, trace.traceparent());

    String eventId = Events.metadataOf(misplaced).getEventId().toString();
    JsonNode line = awaitLine(output, "Parking the record on its dead-letter topic", eventId);
    assertThat(line.path("eventType").asString()).isEqualTo("EnrollmentConfirmed");
    assertThat(line.path("correlationId").asString()).isEqualTo(correlationId);
    assertThat(line.path("traceId").asString()).isEqualTo(trace.traceId());
    assertThat(line.path("kafkaRecord").asString())
        .matches(java.util.regex.Pattern.quote(Topic.PROGRAM_EVENTS.topicName()) + "-\\d+@\\d+");
    assertThat(line.path("log").path("level").asString()).isEqualTo("WARN");
  }

  @Test
  void aLineWrittenWhileARequestIsHandledNamesItsCorrelationId(CapturedOutput output)
      throws Exception {
    String correlationId = "corr-" + UUID.randomUUID();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/enrollments/enr-unknown"))
                    .header(CommandHeaders.CORRELATION_ID, correlationId)
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue(CommandHeaders.CORRELATION_ID))
        .contains(correlationId);
    JsonNode line = awaitLine(output, "Securing GET /enrollments/enr-unknown", correlationId);
    assertThat(line.path("correlationId").asString()).isEqualTo(correlationId);
  }

  private JsonNode awaitLine(CapturedOutput output, String message, String naming) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                output
                    .getOut()
                    .lines()
                    .filter(l -> l.contains(message) && l.contains(naming))
                    .map(json::readTree)
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private void send(SpecificRecord event, String traceparent) throws Exception {
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(
            Topic.PROGRAM_EVENTS.topicName(), EventType.of(event).keyOf(event), event);
    record.headers().add(EventTracing.HEADER, traceparent.getBytes(StandardCharsets.US_ASCII));
    kafka.send(record).get(30, TimeUnit.SECONDS);
  }
}
