package org.crewtraining.systemtest;

import java.util.ArrayList;
import java.util.List;
import org.crewtraining.enrollment.EnrollmentServiceApplication;
import org.crewtraining.program.ProgramServiceApplication;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestPlatform;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: a real KRaft broker, three fresh PostgreSQL databases and the
 * three services as separate application contexts, each with its own production configuration
 * (application.yml) and only the addresses overridden ({@link TestPlatform}).
 */
final class Platform implements AutoCloseable {

  private final TestPlatform platform;
  final String programUrl;
  final String enrollmentUrl;
  final String reportingUrl;

  /** Each service's management port (actuator), in the order program, enrollment, reporting. */
  final List<String> managementUrls = new ArrayList<>();

  private final java.util.Map<String, PostgresTestDatabase.Database> databases =
      new java.util.HashMap<>();
  private String secondEnrollmentUrl;

  private Platform(TestPlatform platform) {
    this.platform = platform;
    this.programUrl = start(ProgramServiceApplication.class, "program");
    this.enrollmentUrl = start(EnrollmentServiceApplication.class, "enrollment");
    this.reportingUrl = start(ReportingServiceApplication.class, "reporting");
  }

  /**
   * A second enrollment-service instance on the same database and broker, as a scaled-out
   * deployment runs it; started on first use.
   */
  synchronized String secondEnrollmentUrl() {
    if (secondEnrollmentUrl == null) {
      secondEnrollmentUrl =
          TestPlatform.urlOf(
              platform.start(
                  EnrollmentServiceApplication.class, "enrollment", databases.get("enrollment")));
    }
    return secondEnrollmentUrl;
  }

  private static Platform shared;

  /**
   * One platform for every system test in this JVM (starting it costs ~30 s); closed at exit,
   * services first while the broker still answers.
   */
  static synchronized Platform shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "platform-shutdown"));
    }
    return shared;
  }

  static Platform start() {
    return new Platform(new TestPlatform());
  }

  String reportingManagementUrl() {
    return managementUrls.get(2);
  }

  /** The database a service runs on ("program", "enrollment", "reporting"), for scans. */
  PostgresTestDatabase.Database database(String service) {
    return databases.get(service);
  }

  String bootstrapServers() {
    return platform.bootstrapServers();
  }

  private String start(Class<?> application, String name) {
    PostgresTestDatabase.Database database = PostgresTestDatabase.create(name);
    databases.put(name, database);
    ConfigurableApplicationContext context = platform.start(application, name, database);
    managementUrls.add(TestPlatform.managementUrlOf(context));
    return TestPlatform.urlOf(context);
  }

  @Override
  public void close() {
    platform.close();
  }
}
