package org.crewtraining.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.EnrollmentServiceApplication;
import org.crewtraining.program.ProgramServiceApplication;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestPlatform;
import org.crewtraining.support.testing.TestUser;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * program-, enrollment- and reporting-service on one real broker and fresh PostgreSQL databases
 * ({@link TestPlatform}, as system-tests run them), started once for all property classes of the
 * run (starting them takes longer than most properties).
 */
final class Services implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<PostgresTestDatabase.Database, Connection> CONNECTIONS = new HashMap<>();
  private static Services shared;

  static synchronized Services shared() {
    if (shared == null) {
      shared = new Services();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private final TestPlatform platform = new TestPlatform();
  private final HttpClient http = HttpClient.newHttpClient();
  final PostgresTestDatabase.Database programDb = PostgresTestDatabase.create("hostile_program");
  final PostgresTestDatabase.Database enrollmentDb =
      PostgresTestDatabase.create("hostile_enrollment");
  final PostgresTestDatabase.Database reportingDb =
      PostgresTestDatabase.create("hostile_reporting");
  final String programUrl;
  final String enrollmentUrl;
  final String reportingUrl;
  final ConfigurableApplicationContext reporting;

  Services() {
    programUrl =
        TestPlatform.urlOf(platform.start(ProgramServiceApplication.class, "program", programDb));
    enrollmentUrl =
        TestPlatform.urlOf(
            platform.start(EnrollmentServiceApplication.class, "enrollment", enrollmentDb));
    reporting = platform.start(ReportingServiceApplication.class, "reporting", reportingDb);
    reportingUrl = TestPlatform.urlOf(reporting);
  }

  String bootstrapServers() {
    return platform.bootstrapServers();
  }

  record Response(int status, String body, HttpHeaders headers) implements Answer {

    /** A top-level field of a JSON answer, or "" when absent. */
    String text(String field) {
      return JSON.readTree(body).path(field).asString("");
    }

    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    @Override
    public boolean isProblem() {
      return header("Content-Type").startsWith("application/problem+json");
    }

    @Override
    public String describe() {
      return status + " " + headers.map() + " " + body;
    }
  }

  Response send(String method, String url, String body, String contentType) {
    return send(method, url, body, contentType, Map.of());
  }

  Response send(
      String method, String url, String body, String contentType, Map<String, String> headers) {
    // Every role, so what these properties meet is input handling, not access control.
    return send(TestUser.OPERATOR.authorization(), method, url, body, contentType, headers);
  }

  /**
   * @param authorization the Authorization header, or null for none
   * @param contentType the Content-Type header, or null for none
   */
  Response send(
      String authorization,
      String method,
      String url,
      String body,
      String contentType,
      Map<String, String> headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      headers.forEach(request::header);
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + url, e);
    }
  }

  static long count(PostgresTestDatabase.Database db, String sql) {
    return Long.parseLong(text(db, sql));
  }

  /** The first column of the first row, or null; over one kept connection per database. */
  static synchronized String text(PostgresTestDatabase.Database db, String sql) {
    try (Statement statement = connection(db).createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Every column of the first row. */
  static synchronized List<String> row(PostgresTestDatabase.Database db, String sql) {
    try (Statement statement = connection(db).createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getString(i));
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Opening a connection per query made the measuring around each request cost ~0.3 s. */
  private static Connection connection(PostgresTestDatabase.Database db) throws SQLException {
    Connection connection = CONNECTIONS.get(db);
    if (connection == null || connection.isClosed()) {
      connection = db.connect();
      connection.setAutoCommit(true);
      CONNECTIONS.put(db, connection);
    }
    return connection;
  }

  @Override
  public void close() {
    platform.close();
  }
}
