package org.crewtraining.faults.stack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's own schema registry: {@code bin/schema-registry} on a free port, with its own data
 * dir and its own database on the stack's PostgreSQL, so killing it touches no one else's registry.
 * The script starts it detached (setsid), so it is not a child of this JVM: {@link #kill()} signals
 * the pid it recorded, and a shutdown hook stops it if a run ends early. The data dir (outside
 * target/faults, which every run wipes) keeps the unpacked distribution between runs.
 */
public final class SchemaRegistryProcess {

  private final Path script;
  private final Path dataDir;
  private final Path log;
  private final int port = freePortPair();
  private final Map<String, String> environment;

  SchemaRegistryProcess(Path repository, Path dataDir, Path log, Postgres postgres, String db) {
    this.script = repository.resolve("bin").resolve("schema-registry").toAbsolutePath().normalize();
    this.dataDir = dataDir;
    this.log = log;
    this.environment =
        Map.of(
            "CREW_DATA_DIR", dataDir.toString(),
            "CREW_REGISTRY_PORT", Integer.toString(port),
            "CREW_REGISTRY_DB", db,
            "CREW_DB_HOST", postgres.host(),
            "CREW_DB_PORT", Integer.toString(postgres.port()),
            "CREW_DB_USER", postgres.user(),
            "CREW_DB_PASSWORD", postgres.password());
    Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
  }

  /** Its Confluent-compatible API, what the services are given. */
  public String url() {
    return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
  }

  /** Starts it (or stops a leftover of an earlier run first) and waits until its API answers. */
  public void start() {
    run("start", Duration.ofMinutes(5));
  }

  /** Stops whatever registry runs from this data dir, e.g. one an aborted run left behind. */
  public void stopLeftover() {
    run("stop", Duration.ofMinutes(1));
  }

  /** SIGKILL, then waits until the process is gone. */
  public void kill() {
    pid()
        .flatMap(ProcessHandle::of)
        .ifPresent(
            process -> {
              process.destroyForcibly();
              await("registry pid " + process.pid() + " gone")
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> !process.isAlive());
            });
  }

  public boolean alive() {
    return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The pid the script recorded, if that process still runs the registry of this data dir. */
  private Optional<Long> pid() {
    Path file = dataDir.resolve("schema-registry").resolve("registry.pid");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(file).trim());
      return ProcessHandle.of(pid)
          .flatMap(p -> p.info().commandLine())
          .filter(command -> command.contains(dataDir.toString()))
          .map(command -> pid);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void run(String command, Duration timeout) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(List.of(script.toString(), command))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(script + " " + command + " timed out; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            script + " " + command + " failed (exit " + process.exitValue() + "); see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A free port whose successor (the registry's management interface) is free too. */
  private static int freePortPair() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = FreePort.next();
      if (candidate < 65535 && !FreePort.open(candidate + 1) && FreePort.claim(candidate + 1)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free pair of ports for the schema registry");
  }
}
