package org.crewtraining.support.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
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
