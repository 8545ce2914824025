package org.crewtraining.support.outbox;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds service-support's own migrations (outbox, idempotency keys, processed events; versions 0.x)
 * to every service's Flyway. Each service keeps its migrations in its own folder ({@code
 * db/<service>}) so that several services can share one classpath, as in the system tests.
 */
public class SupportMigrations implements FlywayConfigurationCustomizer {

  static final Location SUPPORT = new Location("classpath:db/support");

  @Override
  public void customize(FluentConfiguration configuration) {
    Location[] current = configuration.getLocations();
    if (Arrays.asList(current).contains(SUPPORT)) {
      return;
    }
    configuration.locations(
        Stream.concat(Arrays.stream(current), Stream.of(SUPPORT)).toArray(Location[]::new));
  }
}
