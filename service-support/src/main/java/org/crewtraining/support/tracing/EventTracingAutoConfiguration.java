package org.crewtraining.support.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** {@link EventTracing} through the application's tracer, or none where it has no tracer. */
@AutoConfiguration
public class EventTracingAutoConfiguration {

  @Bean
  EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    Tracer t = tracer.getIfAvailable();
    Propagator p = propagator.getIfAvailable();
    return t == null || p == null || t == Tracer.NOOP
        ? EventTracing.NONE
        : new MicrometerEventTracing(t, p);
  }
}
