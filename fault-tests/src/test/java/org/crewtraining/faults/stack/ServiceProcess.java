package org.crewtraining.faults.stack;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instance of a service: its runnable jar in its own JVM (-Xmx384m), on its own port and its
 * own management port (actuator: health, metrics), with the stack's broker and database. Killing it
 * is SIGKILL; starting it again keeps ports and database.
 */
public final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([-0-9.eE]+)");

  private final String name;
  private final Path jar;
  private final int port = FreePort.next();
  private final int managementPort = FreePort.next();
  private final List<String> baseArgs;
  private final ManagedProcess process;

  ServiceProcess(String name, Path jar, Path logDir, List<String> baseArgs) {
    this.name = name;
    this.jar = jar;
    this.baseArgs = baseArgs;
    this.process = new ManagedProcess(name, logDir.resolve(name + ".log"));
  }

  public String name() {
    return name;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Actuator's base URL: health and metrics answer loopback there without credentials. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.alive();
  }

  /** Starts the JVM (returns at once); {@link #awaitUp()} waits until it answers HTTP. */
  public void launch(String... extraArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
    if (Integer.getInteger("faults.events", 1000) < 10_000) {
      // Short runs are dominated by service start-ups (2 cores): C1 only starts them faster.
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--management.server.port=" + managementPort));
    command.addAll(baseArgs);
    command.addAll(List.of(extraArgs));
    process.start(command);
  }

  public void start(String... extraArgs) {
    launch(extraArgs);
    awaitUp();
  }

  /** Up = the management server answers /actuator/health (200 or 503: the context is refreshed). */
  public void awaitUp() {
    await(name + " up")
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .failFast(name + " exited:\n" + process.tail(40), () -> !process.alive())
        .until(() -> healthStatus() > 0);
  }

  public void kill() {
    process.kill();
  }

  public void stop() {
    process.stop();
  }

  /** HTTP status of /actuator/health, or -1 when nothing answers. */
  public int healthStatus() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  /** A Micrometer meter's value from /actuator/metrics, or -1 if it cannot be read. */
  public double metric(String meter) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/metrics/" + meter))
              .timeout(Duration.ofSeconds(5))
              .build();
      String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = VALUE.matcher(body);
      return m.find() ? Double.parseDouble(m.group(1)) : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * Appends a thread dump of the running JVM to its log (jcmd of this JDK), for a scenario that
   * needs to show where requests wait.
   */
  public Path threadDump() {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(process.log().toFile()))
              .start();
      dump.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.log();
  }

  public String logTail(int lines) {
    return process.tail(lines);
  }
}
