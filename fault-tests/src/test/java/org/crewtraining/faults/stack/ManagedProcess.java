package org.crewtraining.faults.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One child process (broker or service) with its output appended to a log file. {@link #kill()} is
 * SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no flush, no goodbye to
 * the broker or the database, exactly the failure the scenarios inject.
 */
public final class ManagedProcess {

  /** Children still alive when the test JVM exits are killed, so no run leaves orphans behind. */
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final Path log;
  private Process process;

  public ManagedProcess(String name, Path log) {
    this.name = name;
    this.log = log;
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  public synchronized void start(List<String> command) {
    if (alive()) {
      throw new IllegalStateException(name + " is already running");
    }
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "==== " + java.time.Instant.now() + " start " + String.join(" ", command) + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(new ArrayList<>(command))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      LIVE.add(process);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  public synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** SIGKILL, then wait until the kernel has reaped it (ports and locks are free again). */
  public synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      awaitExit(30);
    }
  }

  /** SIGTERM (graceful), SIGKILL if it takes longer than 30 s. */
  public synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!awaitExit(30)) {
        process.destroyForcibly();
        awaitExit(30);
      }
    }
  }

  private boolean awaitExit(int seconds) {
    try {
      boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
      if (exited) {
        LIVE.remove(process);
      }
      return exited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The last lines of the log, for failure messages. */
  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
