package org.crewtraining.support.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives each Spring test context a fresh, empty PostgreSQL database on a real server: the one
 * started by {@code bin/postgres start} (127.0.0.1:5432, user crew; override with CREW_DB_HOST,
 * CREW_DB_PORT, CREW_DB_USER, CREW_DB_PASSWORD) or, where that is absent but Docker works, a
 * Testcontainers PostgreSQL. The database is dropped when the JVM exits.
 *
 * <p>Use: {@code @ContextConfiguration(initializers = PostgresTestDatabase.class)}.
 */
public class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static Server server;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Database database = create("test");
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "postgresTestDatabase",
                java.util.Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password())));
  }

  /** A new empty database; for tests that need one without Spring. */
  public static synchronized Database create(String prefix) {
    Server s = server();
    String name =
        ("crewtest_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    s.execute("CREATE DATABASE " + name);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
    // Same JDBC mode as the services' application.yml: batches become multi-row INSERTs.
    return new Database(s.baseUrl + name + "?reWriteBatchedInserts=true", s.user, s.password);
  }

  private static Server server() {
    if (server != null) {
      return server;
    }
    String host = env("CREW_DB_HOST", "127.0.0.1");
    String port = env("CREW_DB_PORT", "5432");
    Server local =
        new Server(
            "jdbc:postgresql://" + host + ":" + port + "/",
            env("CREW_DB_USER", "crew"),
            env("CREW_DB_PASSWORD", "crew"));
    if (local.reachable()) {
      server = local;
    } else if (DockerClientFactory.instance().isDockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
      container.start();
      String url = container.getJdbcUrl();
      server =
          new Server(
              url.substring(0, url.lastIndexOf('/') + 1),
              container.getUsername(),
              container.getPassword());
    } else {
      throw new IllegalStateException(
          "No PostgreSQL at "
              + host
              + ":"
              + port
              + " (user "
              + local.user
              + ") and no Docker for Testcontainers. Run: bin/postgres start");
    }
    return server;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Connection facts of one test database. */
  public record Database(String url, String user, String password) {
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  private record Server(String baseUrl, String user, String password) {
    boolean reachable() {
      try (Connection ignored = DriverManager.getConnection(baseUrl + "postgres", user, password)) {
        return true;
      } catch (SQLException e) {
        return false;
      }
    }

    void execute(String sql) {
      try (Connection connection =
              DriverManager.getConnection(baseUrl + "postgres", user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL refused: " + sql, e);
      }
    }
  }
}
