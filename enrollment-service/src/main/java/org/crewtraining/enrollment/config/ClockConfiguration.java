package org.crewtraining.enrollment.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for event times and date rules, so tests can pin "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock(EnrollmentProperties properties) {
    return Clock.system(properties.timeZone());
  }
}
