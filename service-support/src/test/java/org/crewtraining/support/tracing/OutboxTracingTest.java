package org.crewtraining.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.support.outbox.OutboxWriter;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.SpanCollector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A state change's trace continues on the bus: the outbox row keeps the trace it was written in,
 * the relay sends its record in a child span of that trace, and the record's traceparent names that
 * span. Real PostgreSQL, real broker, spans exported in memory.
 */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "management.tracing.sampling.probability=1.0"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
class OutboxTracingTest {

  @Autowired Tracer tracer;
  @Autowired OutboxWriter outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired SpanCollector spans;

  @Test
  void theRelayedRecordContinuesTheTraceItsStateChangeRanIn() {
    String programId = "prg-" + UUID.randomUUID();
    SpecificRecord created = SampleEvents.programCreated(programId, 10);
    Span request = tracer.nextSpan().name("request").start();
    try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
      transactions.executeWithoutResult(status -> outbox.append(created));
    } finally {
      request.end();
    }
    String traceId = request.context().traceId();

    String stored =
        jdbc.sql("SELECT trace_parent FROM outbox_event WHERE record_key = ?")
            .param(programId)
            .query(String.class)
            .single();
    assertThat(stored).startsWith("00-" + traceId + "-" + request.context().spanId() + "-");

    String sent = traceparentOfRecord(programId);
    assertThat(sent).startsWith("00-" + traceId + "-").endsWith("-01");
    String relaySpanId = sent.split("-")[2];
    assertThat(relaySpanId).isNotEqualTo(request.context().spanId());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(spans.exported())
                    .anySatisfy(
                        span -> {
                          assertThat(span.getTraceId()).isEqualTo(traceId);
                          assertThat(span.getSpanId()).isEqualTo(relaySpanId);
                          assertThat(span.getParentSpanId()).isEqualTo(request.context().spanId());
                          assertThat(span.getName()).startsWith("outbox relay");
                        }));
  }

  @Test
  void aStateChangeOutsideATraceIsRelayedInANewOne() {
    String programId = "prg-" + UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> outbox.append(SampleEvents.programCreated(programId, 10)));

    assertThat(
            jdbc.sql("SELECT trace_parent FROM outbox_event WHERE record_key = ?")
                .param(programId)
                .query(String.class)
                .optional())
        .isEmpty();
    assertThat(traceparentOfRecord(programId)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  private String traceparentOfRecord(String programId) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "tracing-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topic.PROGRAM_EVENTS.topicName()));
      String[] found = new String[1];
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                  Header header = r.headers().lastHeader(EventTracing.HEADER);
                  if (r.key().equals(programId) && header != null) {
                    found[0] = new String(header.value(), StandardCharsets.US_ASCII);
                  }
                }
                return found[0] != null;
              });
      return found[0];
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    SpanCollector spanCollector() {
      return new SpanCollector();
    }
  }
}
