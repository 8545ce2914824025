package org.crewtraining.faults.stack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker as its own JVM (kafka.Kafka from this test's classpath, which carries
 * the kafka-broker module's jars), with its own log dir and free ports: it can be SIGKILLed and
 * restarted on the same data like a real broker.
 */
public final class KafkaBroker {

  private final Path dir;
  private final int port = FreePort.next();
  private final int controllerPort = FreePort.next();
  private final ManagedProcess process;

  public KafkaBroker(Path dir) {
    this.dir = dir;
    this.process = new ManagedProcess("kafka", dir.resolve("broker.log"));
  }

  public String bootstrap() {
    return "127.0.0.1:" + port;
  }

  public ManagedProcess process() {
    return process;
  }

  /** Formats the log dir (first start only) and starts the broker. */
  public void start() {
    Path config = dir.resolve("server.properties");
    if (!Files.exists(config)) {
      writeConfig(config);
      format(config);
    }
    process.start(java("-Xmx384m", "kafka.Kafka", config.toString()));
    awaitReady();
  }

  /** SIGKILL: no controlled shutdown, the next start recovers the log. */
  public void kill() {
    process.kill();
  }

  public void stop() {
    process.stop();
  }

  /** SIGSTOP: the broker holds every connection open but answers nothing until {@link #thaw}. */
  public void freeze() {
    signal("-STOP");
  }

  /** SIGCONT after {@link #freeze}. */
  public void thaw() {
    signal("-CONT");
  }

  private void signal(String signal) {
    try {
      Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
      }
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitReady() {
    await("broker on " + bootstrap())
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .failFast("broker exited:\n" + process.tail(30), () -> !process.alive())
        .until(this::answers);
  }

  private boolean answers() {
    if (!FreePort.open(port)) {
      return false;
    }
    try (Admin admin =
        Admin.create(
            Map.of(
                "bootstrap.servers",
                bootstrap(),
                "request.timeout.ms",
                3000,
                "default.api.timeout.ms",
                3000))) {
      return !admin.describeCluster().nodes().get().isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  private void writeConfig(Path config) {
    String properties =
        """
        process.roles=broker,controller
        node.id=1
        controller.quorum.voters=1@127.0.0.1:%2$d
        listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
        advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
        controller.listener.names=CONTROLLER
        inter.broker.listener.name=PLAINTEXT
        listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
        log.dirs=%3$s
        offsets.topic.replication.factor=1
        offsets.topic.num.partitions=6
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        transaction.state.log.num.partitions=6
        share.coordinator.state.topic.replication.factor=1
        share.coordinator.state.topic.min.isr=1
        group.initial.rebalance.delay.ms=0
        num.partitions=6
        auto.create.topics.enable=false
        log.retention.hours=-1
        """
            .formatted(port, controllerPort, dir.resolve("data"));
    try {
      Files.createDirectories(dir);
      Files.writeString(config, properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void format(Path config) {
    ManagedProcess format = new ManagedProcess("kafka-format", dir.resolve("format.log"));
    format.start(
        java(
            "-Xmx256m",
            "kafka.tools.StorageTool",
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            config.toString()));
    await("storage format")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !format.alive());
    if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
      throw new IllegalStateException("broker storage format failed:\n" + format.tail(20));
    }
  }

  private static List<String> java(String heap, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }
}
