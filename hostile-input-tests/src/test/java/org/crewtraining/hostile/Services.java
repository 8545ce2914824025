package org.crewtraining.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.EnrollmentServiceApplication;
import org.crewtraining.program.ProgramServiceApplication;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * program-service and enrollment-service on a real broker and fresh PostgreSQL databases, started
 * once for all property classes of the run (starting them takes longer than most properties).
 */
final class Services implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Services shared;

  static synchronized Services shared() {
    if (shared == null) {
      shared = new Services();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  final PostgresTestDatabase.Database programDb = PostgresTestDatabase.create("hostile_program");
  final PostgresTestDatabase.Database enrollmentDb =
      PostgresTestDatabase.create("hostile_enrollment");
  final String programUrl;
  final String enrollmentUrl;

  Services() {
    // The outbox relays publish in transactions: the transaction log must fit on one broker.
    broker.brokerProperty("transaction.state.log.replication.factor", "1");
    broker.brokerProperty("transaction.state.log.min.isr", "1");
    broker.afterPropertiesSet();
    programUrl = start(ProgramServiceApplication.class, "program", programDb);
    enrollmentUrl = start(EnrollmentServiceApplication.class, "enrollment", enrollmentDb);
  }

  record Response(int status, String body) {

    /** A top-level field of a JSON answer, or "" when absent. */
    String text(String field) {
      return JSON.readTree(body).path(field).asString("");
    }
  }

  Response send(String method, String url, String body, String contentType) {
    return send(method, url, body, contentType, Map.of());
  }

  Response send(
      String method, String url, String body, String contentType, Map<String, String> headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", contentType)
              // Every role, so what these properties meet is input handling, not access control.
              .header("Authorization", TestUser.OPERATOR.authorization())
              .method(method, HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + url, e);
    }
  }

  static long count(PostgresTestDatabase.Database db, String sql) {
    try (Connection connection = db.connect();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static String text(PostgresTestDatabase.Database db, String sql) {
    try (Connection connection = db.connect();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private String start(Class<?> application, String name, PostgresTestDatabase.Database db) {
    Path config = Path.of("..", name + "-service", "src", "main", "resources", "application.yml");
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .run(
                "--spring.config.location=" + config.toAbsolutePath().normalize().toUri(),
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString());
    contexts.add(context);
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  @Override
  public void close() {
    for (int i = contexts.size() - 1; i >= 0; i--) {
      contexts.get(i).close();
    }
    broker.destroy();
  }
}
