package org.crewtraining.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Spans the OpenTelemetry SDK exported, kept in memory: a test imports it as a bean and the
 * application's span processor exports to it, so a test can look at whole traces.
 */
public class SpanCollector implements SpanExporter {

  private final List<SpanData> exported = new CopyOnWriteArrayList<>();

  public List<SpanData> exported() {
    return exported;
  }

  /**
   * Waits (≤ 30 s; spans are exported in batches) until a span of this kind, whose name starts so,
   * was exported as a child of {@code parentSpanId} in {@code traceId}.
   */
  public void awaitChild(String traceId, String parentSpanId, SpanKind kind, String namePrefix) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(exported)
                    .anySatisfy(
                        span -> {
                          assertThat(span.getTraceId()).isEqualTo(traceId);
                          assertThat(span.getParentSpanId()).isEqualTo(parentSpanId);
                          assertThat(span.getKind()).isEqualTo(kind);
                          assertThat(span.getName()).startsWith(namePrefix);
                        }));
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    exported.addAll(spans);
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
