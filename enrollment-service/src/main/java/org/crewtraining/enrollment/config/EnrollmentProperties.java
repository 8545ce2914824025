package org.crewtraining.enrollment.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeZone zone in which "today" is judged, e.g. for "completion date not in the future"
 *     (programmes run in Korea, so Asia/Seoul by default)
 * @param eventSource the CloudEvents source written into every event this service produces
 */
@ConfigurationProperties("crew.enrollment")
public record EnrollmentProperties(ZoneId timeZone, String eventSource) {

  public EnrollmentProperties {
    timeZone = timeZone == null ? ZoneId.of("Asia/Seoul") : timeZone;
    eventSource = eventSource == null ? "enrollment-service" : eventSource;
  }
}
