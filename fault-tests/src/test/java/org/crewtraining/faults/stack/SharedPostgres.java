package org.crewtraining.faults.stack;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh databases on the shared development cluster (bin/postgres: 127.0.0.1:5432, user crew;
 * CREW_DB_* override). Used only where no private cluster can be made; never stopped, since other
 * people's tests use it.
 */
final class SharedPostgres extends Postgres {

  private final String prefix = "faults_" + UUID.randomUUID().toString().substring(0, 8) + "_";

  static boolean reachable() {
    SharedPostgres p = new SharedPostgres();
    try (var ignored = DriverManager.getConnection(p.url("postgres"), p.user(), p.password())) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public String host() {
    return env("CREW_DB_HOST", "127.0.0.1");
  }

  @Override
  public int port() {
    return Integer.parseInt(env("CREW_DB_PORT", "5432"));
  }

  @Override
  public String user() {
    return env("CREW_DB_USER", "crew");
  }

  @Override
  public String password() {
    return env("CREW_DB_PASSWORD", "crew");
  }

  @Override
  public boolean stoppable() {
    return false;
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException("the shared cluster is never stopped");
  }

  @Override
  public void start() {
    throw new UnsupportedOperationException("the shared cluster is never stopped");
  }

  @Override
  protected String databasePrefix() {
    return prefix;
  }

  @Override
  public void close() {
    dropCreated();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
