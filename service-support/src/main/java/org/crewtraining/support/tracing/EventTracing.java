package org.crewtraining.support.tracing;

/**
 * Trace context across the outbox and the bus, as a W3C {@code traceparent}: the writer stores the
 * current one with the outbox row, the relay continues it in a span whose context goes out as the
 * record's {@value #HEADER} header, and a consumer continues that. {@link #NONE} where no tracer is
 * configured.
 */
public interface EventTracing {

  /** The record header (and W3C field) carrying the trace context. */
  String HEADER = "traceparent";

  /** The current span's traceparent, or null outside a trace. */
  String currentTraceparent();

  /**
   * Starts a span that sends a record continuing {@code traceparent} (a new trace if it is null or
   * unreadable); the caller ends it.
   */
  EventSpan sending(String name, String traceparent);

  /** Starts a span that processes a received record carrying {@code traceparent}, or null. */
  EventSpan receiving(String name, String traceparent);

  /** A started span: its own traceparent (for the record it sends) and its end. */
  interface EventSpan extends AutoCloseable {

    /** This span's context as a traceparent, or null if it has none. */
    String traceparent();

    /** Ends the span, marked failed if {@code error} is not null. */
    void end(Throwable error);

    @Override
    default void close() {
      end(null);
    }
  }

  EventSpan NO_SPAN =
      new EventSpan() {
        @Override
        public String traceparent() {
          return null;
        }

        @Override
        public void end(Throwable error) {}
      };

  EventTracing NONE =
      new EventTracing() {
        @Override
        public String currentTraceparent() {
          return null;
        }

        @Override
        public EventSpan sending(String name, String traceparent) {
          return NO_SPAN;
        }

        @Override
        public EventSpan receiving(String name, String traceparent) {
          return NO_SPAN;
        }
      };
}
