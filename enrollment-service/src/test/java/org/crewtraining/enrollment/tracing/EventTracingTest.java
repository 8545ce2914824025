package org.crewtraining.enrollment.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Topic;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.SpanCollector;
import org.crewtraining.support.tracing.EventTracing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One trace from the HTTP request to the relayed record, and from a received record on. */
class EventTracingTest extends EnrollmentIntegrationTest {

  @Autowired SpanCollector spans;

  @Test
  void anEnrolmentsEventCarriesTheTraceOfItsRequest() {
    String programId = openProgramme(10, Audience.OPEN);
    String participantId = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String traceId = randomHex(16);

    var response =
        enrol(programId, participantId, "traceparent", traceparent(traceId, randomHex(8)));
    assertThat(response.status()).isEqualTo(201);

    var confirmed =
        published.of(programId).stream()
            .filter(p -> p.event() instanceof EnrollmentConfirmed)
            .findFirst()
            .orElseThrow();
    String header =
        new String(
            confirmed.headers().lastHeader(EventTracing.HEADER).value(), StandardCharsets.US_ASCII);
    assertThat(header).startsWith("00-" + traceId + "-");
  }

  @Test
  void aProgrammeEventIsAppliedInASpanOfTheTraceItCarries() throws Exception {
    String programId = "prg-" + java.util.UUID.randomUUID();
    String traceId = randomHex(16);
    String parentSpanId = randomHex(8);
    SpecificRecord event = created(programId, 10, Audience.OPEN);
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(
            Topic.PROGRAM_EVENTS.topicName(), EventType.of(event).keyOf(event), event);
    record
        .headers()
        .add(
            EventTracing.HEADER,
            traceparent(traceId, parentSpanId).getBytes(StandardCharsets.US_ASCII));
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
                        }));
  }

  static String traceparent(String traceId, String spanId) {
    return "00-" + traceId + "-" + spanId + "-01";
  }

  static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] |= 1; // never all zeros, which W3C calls invalid
    return HexFormat.of().formatHex(b);
  }
}
