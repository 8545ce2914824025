package org.crewtraining.support.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/** {@link EventTracing} through Micrometer Tracing's tracer and W3C propagator. */
final class MicrometerEventTracing implements EventTracing {

  private final Tracer tracer;
  private final Propagator propagator;

  MicrometerEventTracing(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  @Override
  public String currentTraceparent() {
    Span span = tracer.currentSpan();
    return span == null ? null : traceparentOf(span.context());
  }

  @Override
  public EventSpan sending(String name, String traceparent) {
    return start(name, traceparent, Span.Kind.PRODUCER);
  }

  @Override
  public EventSpan receiving(String name, String traceparent) {
    return start(name, traceparent, Span.Kind.CONSUMER);
  }

  private EventSpan start(String name, String traceparent, Span.Kind kind) {
    Span.Builder builder =
        traceparent == null
            ? tracer.spanBuilder()
            : propagator.extract(Map.of(HEADER, traceparent), (carrier, key) -> carrier.get(key));
    Span span = builder.name(name).kind(kind).start();
    String own = traceparentOf(span.context());
    return new EventSpan() {
      @Override
      public String traceparent() {
        return own;
      }

      @Override
      public void end(Throwable error) {
        if (error != null) {
          span.error(error);
        }
        span.end();
      }
    };
  }

  private String traceparentOf(TraceContext context) {
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(context, carrier, Map::put);
    return carrier.get(HEADER);
  }
}
