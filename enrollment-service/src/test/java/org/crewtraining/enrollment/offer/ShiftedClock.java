package org.crewtraining.enrollment.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock, moved forward by the tests so offers expire without waiting hours: the
 * system clock plus a shift.
 */
public class ShiftedClock extends Clock {

  private final Clock system;
  private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

  ShiftedClock(Clock system) {
    this.system = system;
  }

  /** Moves every later reading forward by {@code by}. */
  public void advance(Duration by) {
    shift.accumulateAndGet(by, Duration::plus);
  }

  public void reset() {
    shift.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(shift.get());
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("one zone for the whole service");
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
      return new ShiftedClock(Clock.system(ZoneId.of("Asia/Seoul")));
    }
  }
}
