package org.crewtraining.reporting.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;

import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.SpanCollector;
import org.crewtraining.support.tracing.EventTracing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record that carries a sampled trace is folded in a span of that trace. */
class FoldTracingTest extends IntegrationTestBase {

  @Autowired SpanCollector spans;

  @Test
  void theFoldOfARecordContinuesTheTraceItCarries() throws Exception {
    String x = newPrefix();
    String traceId = randomHex(16);
    String parentSpanId = randomHex(8);
    SpecificRecord event =
        TestEvents.confirmed(x + "-e1", p1(x), x + "-crew", ParticipantType.OTHER);
    EventType type = EventType.of(event);
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event);
    record
        .headers()
        .add(
            EventTracing.HEADER,
            ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.US_ASCII));
    kafka.send(record).get(30, TimeUnit.SECONDS);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(spans.exported())
                    .anySatisfy(
                        span -> {
                          assertThat(span.getTraceId()).isEqualTo(traceId);
                          assertThat(span.getParentSpanId()).isEqualTo(parentSpanId);
                          assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                          assertThat(span.getName()).startsWith("reporting fold");
                        }));
    assertThat(queries.program(p1(x))).isPresent();
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] |= 1;
    return HexFormat.of().formatHex(b);
  }
}
