package org.crewtraining.enrollment.retention;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.crewtraining.enrollment.consent.ConsentPurpose;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept, per purpose, after the participant's last programme ends (or
 * after registration, for a participant who never took part). Training administration applies to
 * everyone; an optional purpose keeps the data longer only while its consent holds.
 *
 * @param periods per purpose; a purpose left out gets its default (training administration and
 *     partner sharing 3 years, alumni news 5 years)
 * @param cron when the daily erasure job runs, in {@code crew.enrollment.time-zone} (read by {@link
 *     RetentionJob}'s {@code @Scheduled}, hence the same default there)
 * @param batch at most this many participants erased per run; the next run goes on
 */
@ConfigurationProperties("crew.enrollment.retention")
public record RetentionProperties(Map<ConsentPurpose, Period> periods, String cron, int batch) {

  static final String DEFAULT_CRON = "0 30 3 * * *";

  public RetentionProperties {
    Map<ConsentPurpose, Period> all = new EnumMap<>(ConsentPurpose.class);
    all.put(ConsentPurpose.TRAINING_ADMINISTRATION, Period.ofYears(3));
    all.put(ConsentPurpose.ALUMNI_NEWS, Period.ofYears(5));
    all.put(ConsentPurpose.PARTNER_SHARING, Period.ofYears(3));
    if (periods != null) {
      all.putAll(periods);
    }
    periods = Map.copyOf(all);
    cron = cron == null || cron.isBlank() ? DEFAULT_CRON : cron;
    batch = batch <= 0 ? 500 : batch;
  }

  Period period(ConsentPurpose purpose) {
    return periods.get(purpose);
  }
}
