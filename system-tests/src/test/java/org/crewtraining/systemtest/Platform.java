package org.crewtraining.systemtest;

import org.crewtraining.enrollment.EnrollmentServiceApplication;
import org.crewtraining.program.ProgramServiceApplication;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestPlatform;

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

  private Platform(TestPlatform platform) {
    this.platform = platform;
    this.programUrl = start(ProgramServiceApplication.class, "program");
    this.enrollmentUrl = start(EnrollmentServiceApplication.class, "enrollment");
    this.reportingUrl = start(ReportingServiceApplication.class, "reporting");
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

  String bootstrapServers() {
    return platform.bootstrapServers();
  }

  private String start(Class<?> application, String name) {
    PostgresTestDatabase.Database database = PostgresTestDatabase.create(name);
    return TestPlatform.urlOf(platform.start(application, name, database));
  }

  @Override
  public void close() {
    platform.close();
  }
}
