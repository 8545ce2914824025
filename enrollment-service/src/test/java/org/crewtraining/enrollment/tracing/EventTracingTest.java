package org.crewtraining.enrollment.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
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
import org.crewtraining.support.testing.TestTrace;
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
    TestTrace trace = TestTrace.random();

    var response = enrol(programId, participantId, EventTracing.HEADER, trace.traceparent());
    assertThat(response.status()).isEqualTo(201);

    var confirmed =
        published.of(programId).stream()
            .filter(p -> p.event() instanceof EnrollmentConfirmed)
            .findFirst()
            .orElseThrow();
    String header =
        new String(
            confirmed.headers().lastHeader(EventTracing.HEADER).value(), StandardCharsets.US_ASCII);
    assertThat(header).startsWith("00-" + trace.traceId() + "-");
  }

  @Test
  void aProgrammeEventIsAppliedInASpanOfTheTraceItCarries() throws Exception {
    String programId = "prg-" + java.util.UUID.randomUUID();
    TestTrace trace = TestTrace.random();
    SpecificRecord event = created(programId, 10, Audience.OPEN);
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(
            Topic.PROGRAM_EVENTS.topicName(), EventType.of(event).keyOf(event), event);
    record
        .headers()
        .add(EventTracing.HEADER, trace.traceparent().getBytes(StandardCharsets.US_ASCII));
    kafka.send(record).get(30, TimeUnit.SECONDS);

    spans.awaitChild(trace.traceId(), trace.spanId(), SpanKind.CONSUMER, "");
  }
}
