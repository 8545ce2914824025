package org.crewtraining.faults.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.RegistrySettings;

/**
 * The platform as separate processes: a broker, PostgreSQL (a private cluster where the server is
 * installed, else fresh databases on the shared one), a schema registry of its own (storage in a
 * database of that PostgreSQL), program-service, two instances each of enrollment-service and
 * reporting-service (the second ones only for the scale-out scenario). Everything lives under
 * target/faults: data, configs and one log file per process (the registry's distribution under
 * target/faults-registry, kept between runs).
 */
public final class Stack implements AutoCloseable {

  public final Path dir;
  public final KafkaBroker broker;
  public final Postgres postgres;
  public final String programDb;
  public final String enrollmentDb;
  public final String reportingDb;
  public final SchemaRegistryProcess registry;
  public final ServiceProcess program;
  public final List<ServiceProcess> enrollment = new ArrayList<>();
  public final List<ServiceProcess> reporting = new ArrayList<>();

  private Stack(Path dir, Postgres postgres) {
    this.dir = dir;
    this.postgres = postgres;
    this.broker = new KafkaBroker(dir.resolve("kafka"));
    this.programDb = postgres.createDatabase("program");
    this.enrollmentDb = postgres.createDatabase("enrollment");
    this.reportingDb = postgres.createDatabase("reporting");
    Path logs = dir.resolve("logs");
    this.registry =
        new SchemaRegistryProcess(
            repository(),
            dir.resolveSibling("faults-registry"),
            logs.resolve("schema-registry.log"),
            postgres,
            postgres.createDatabase("registry"));
    program = service("program-service", "program-service", programDb, logs, List.of());
    for (int i = 1; i <= 2; i++) {
      enrollment.add(
          service(
              "enrollment-service", "enrollment-service-" + i, enrollmentDb, logs, FAST_FAILOVER));
      reporting.add(
          service("reporting-service", "reporting-service-" + i, reportingDb, logs, FAST_FAILOVER));
    }
  }

  /** Starts broker and one instance of each service, in parallel where possible. */
  public static Stack start() {
    Path dir = Path.of("target", "faults").toAbsolutePath();
    PrivatePostgres.installedBin()
        .ifPresent(b -> PrivatePostgres.stopLeftover(b, dir.resolve("postgres")));
    deleteRecursively(dir);
    Stack stack = new Stack(dir, postgres(dir.resolve("postgres")));
    stack.registry.stopLeftover();
    stack.registry.start();
    // This JVM's codec (EventLog, PoisonPills) reads and writes the ids of the stack's registry,
    // and registers the history before the services start, so they do not race to do it.
    System.setProperty(RegistrySettings.URL_CONFIG, stack.registry.url());
    EventCodec.standard().ids().prepare();
    stack.broker.start();
    List<ServiceProcess> first = List.of(stack.program, stack.enrollment(), stack.reporting());
    first.forEach(ServiceProcess::launch);
    first.forEach(ServiceProcess::awaitUp);
    return stack;
  }

  /** The first enrollment-service instance (the one every scenario but scale-out uses). */
  public ServiceProcess enrollment() {
    return enrollment.get(0);
  }

  public ServiceProcess reporting() {
    return reporting.get(0);
  }

  /** After the scale-out scenario: the second instances are the ones that stay. */
  public void useSurvivors(ServiceProcess enrollmentSurvivor, ServiceProcess reportingSurvivor) {
    enrollment.remove(enrollmentSurvivor);
    enrollment.add(0, enrollmentSurvivor);
    reporting.remove(reportingSurvivor);
    reporting.add(0, reportingSurvivor);
  }

  /** Brings back whatever an earlier (possibly failed) scenario left stopped or killed. */
  public void ensureRunning() {
    if (!broker.process().alive()) {
      broker.start();
    }
    if (!registry.alive()) {
      registry.start();
    }
    if (postgres.stoppable()) {
      try {
        postgres.queryLong("postgres", "SELECT 1");
      } catch (RuntimeException down) {
        postgres.start();
      }
    }
    for (ServiceProcess s : List.of(program, enrollment(), reporting())) {
      if (!s.alive()) {
        s.start();
      }
    }
    for (ServiceProcess s : List.of(enrollment.get(1), reporting.get(1))) {
      s.stop();
    }
  }

  /**
   * A SIGKILLed group member's partitions move to the survivor after the session timeout: 10 s here
   * instead of the default 45 s, so the scale-out scenario does not wait most of a minute.
   */
  private static final List<String> FAST_FAILOVER =
      List.of(
          "--spring.kafka.consumer.properties.session.timeout.ms=10000",
          "--spring.kafka.consumer.properties.heartbeat.interval.ms=3000");

  private ServiceProcess service(
      String module, String name, String database, Path logs, List<String> extraArgs) {
    String version = System.getProperty("faults.version", "0.1.0-SNAPSHOT");
    Path jar =
        repository()
            .resolve(module)
            .resolve("target")
            .resolve(module + "-" + version + "-exec.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " missing: build it with mvn package (or verify)");
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + postgres.url(database),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + broker.bootstrap(),
                "--crew.registry.url=" + registry.url(),
                "--logging.level.root=WARN",
                "--logging.level.org.crewtraining=INFO"));
    args.addAll(extraArgs);
    return new ServiceProcess(name, jar.toAbsolutePath().normalize(), logs, args);
  }

  private static Path repository() {
    return Path.of(System.getProperty("faults.repository", ".."));
  }

  private static Postgres postgres(Path dir) {
    var bin = PrivatePostgres.installedBin();
    if (bin.isPresent()) {
      return PrivatePostgres.create(bin.get(), dir);
    }
    if (SharedPostgres.reachable()) {
      return new SharedPostgres();
    }
    throw new IllegalStateException(
        "Neither an installed PostgreSQL server (/usr/lib/postgresql/*/bin) nor one on"
            + " 127.0.0.1:5432 (bin/postgres start)");
  }

  @Override
  public void close() {
    List<ServiceProcess> all = new ArrayList<>(reporting);
    all.addAll(enrollment);
    all.add(program);
    all.forEach(ServiceProcess::kill);
    broker.kill();
    registry.kill();
    postgres.close();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
