package org.crewtraining.faults.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of our own (initdb + pg_ctl of the installed server, free port,
 * data dir under target/), so the outage scenario can stop it without touching the shared cluster.
 * PostgreSQL refuses to run as root, so as root the tools run as user postgres (runuser).
 */
final class PrivatePostgres extends Postgres {

  private final Path bin;
  private final Path data;
  private final int port = FreePort.next();

  private PrivatePostgres(Path bin, Path dir) {
    this.bin = bin;
    this.data = dir.resolve("data");
  }

  /** The newest installed server's bin dir, if there is one (Debian layout). */
  static Optional<Path> installedBin() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static PrivatePostgres create(Path bin, Path dir) {
    PrivatePostgres postgres = new PrivatePostgres(bin, dir);
    Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
    postgres.init(dir);
    postgres.start();
    return postgres;
  }

  private void init(Path dir) {
    try {
      Files.createDirectories(data);
      if (runningAsRoot()) {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        Files.setOwner(data, users.lookupPrincipalByName("postgres"));
      }
      run(
          60,
          "initdb",
          "-D",
          data.toString(),
          "-U",
          "postgres",
          "--auth=trust",
          "-E",
          "UTF8",
          "--locale=C");
      // Loopback only, own socket dir. fsync off: the scenarios kill processes, not the machine,
      // so the page cache survives and committed data must survive too.
      Files.writeString(
          data.resolve("postgresql.conf"),
          """

          listen_addresses = '127.0.0.1'
          port = %d
          unix_socket_directories = '%s'
          max_connections = 200
          fsync = off
          """
              .formatted(port, data),
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void start() {
    run(
        60,
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "start");
  }

  /** Immediate shutdown: like a crash, the next start replays the WAL. */
  @Override
  public void stop() {
    run(60, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
  }

  /** A cluster left running by an aborted earlier run in the same directory. */
  static void stopLeftover(Path bin, Path dir) {
    if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
      try {
        new PrivatePostgres(bin, dir).stop();
      } catch (RuntimeException e) {
        // not running after all
      }
    }
  }

  @Override
  public void close() {
    if (!Files.exists(data.resolve("postmaster.pid"))) {
      return;
    }
    try {
      run(60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    } catch (RuntimeException e) {
      // already stopped
    }
  }

  @Override
  public boolean stoppable() {
    return true;
  }

  @Override
  public String host() {
    return "127.0.0.1";
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String user() {
    return "postgres";
  }

  @Override
  public String password() {
    return "postgres";
  }

  @Override
  protected String databasePrefix() {
    return "faults_";
  }

  private void run(int timeoutSeconds, String tool, String... args) {
    List<String> command = new ArrayList<>();
    if (runningAsRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(data.resolveSibling("pg_ctl.log").toFile()))
              .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " failed, see " + data.resolveSibling("pg_ctl.log"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
