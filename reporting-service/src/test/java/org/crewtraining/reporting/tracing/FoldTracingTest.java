package org.crewtraining.reporting.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.Scenarios.p1;

import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.SpanCollector;
import org.crewtraining.support.testing.TestTrace;
import org.crewtraining.support.tracing.EventTracing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record that carries a sampled trace is folded in a span of that trace. */
class FoldTracingTest extends IntegrationTestBase {

  @Autowired SpanCollector spans;

  @Test
  void theFoldOfARecordContinuesTheTraceItCarries() throws Exception {
    String x = newPrefix();
    TestTrace trace = TestTrace.random();
    SpecificRecord event =
        TestEvents.confirmed(x + "-e1", p1(x), x + "-crew", ParticipantType.OTHER);
    EventType type = EventType.of(event);
    ProducerRecord<String, SpecificRecord> record =
        new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event);
    record
        .headers()
        .add(EventTracing.HEADER, trace.traceparent().getBytes(StandardCharsets.US_ASCII));
    kafka.send(record).get(30, TimeUnit.SECONDS);

    spans.awaitChild(trace.traceId(), trace.spanId(), SpanKind.CONSUMER, "reporting fold");
    assertThat(queries.program(p1(x))).isPresent();
  }
}
