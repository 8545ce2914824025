package org.crewtraining.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Topic;

/**
 * The enrolment write path and the outbox relay, separated (bin/bench outbox):
 *
 * <pre>
 *   write N        N enrolments from 16 closed-loop clients while enrollment-service runs with
 *                  crew.outbox.relay-enabled=false: the API's own throughput and latency, and
 *                  N rows left in the outbox
 *   drain START_MS after a restart with the relay on: how fast the backlog reaches the topic
 * </pre>
 */
public final class OutboxBench {

  private static final int CLIENTS = 16;
  private static final int IDLE_SECONDS = 10;

  private OutboxBench() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("write")) {
      write(Integer.parseInt(args[1]));
    } else {
      drain(System.getProperty("bootstrap", "127.0.0.1:19092"), Long.parseLong(args[1]));
    }
  }

  static void write(int total) throws Exception {
    Http http = new Http();
    BenchSetup setup = BenchSetup.create(http, 20, total / 20 + 10);
    CpuMeter cpu = new CpuMeter(System.getProperty("cpuPids"));
    // What the stack costs with nothing to do (relay polls, consumers, metrics): the fixed part.
    var idleBefore = cpu.snapshot();
    Thread.sleep(IDLE_SECONDS * 1000L);
    var idleAfter = cpu.snapshot();
    // The floor under every request: an authenticated GET answered from one indexed query (a
    // programme's waitlist, empty), through the same Tomcat, security, MVC and JDBC layers.
    int reads = total / 2;
    var readBefore = cpu.snapshot();
    Histogram readLatency = new Histogram(3);
    double readSecs =
        closedLoop(
            reads,
            readLatency,
            i ->
                http.get(
                    BenchSetup.ENROLLMENT
                        + "/programs/"
                        + setup.programs.get(i % 20)
                        + "/waitlist"));
    var readAfter = cpu.snapshot();
    var cpuBefore = cpu.snapshot();
    Histogram latency = new Histogram(3);
    double secs =
        closedLoop(
            total,
            latency,
            i -> {
              String[] pair = setup.nextPair();
              http.post(
                  BenchSetup.ENROLLMENT + "/programs/" + pair[0] + "/enrollments",
                  "{\"participantId\":\"" + pair[1] + "\"}",
                  201);
            });
    var cpuAfter = cpu.snapshot();
    System.out.println();
    System.out.println("| write path (relay off, 16 clients) | value |");
    System.out.println("|---|---|");
    System.out.printf(
        "| floor: authenticated GET, one query | %,d in %.1f s = %,.0f /s, p50 %.1f ms |%n",
        reads, readSecs, reads / readSecs, readLatency.getValueAtPercentile(50) / 1e6);
    System.out.printf("| enrolments | %,d in %.1f s = %,.0f /s |%n", total, secs, total / secs);
    System.out.printf(
        "| latency p50 / p95 / p99 / max | %.1f / %.1f / %.1f / %.1f ms |%n",
        latency.getValueAtPercentile(50) / 1e6,
        latency.getValueAtPercentile(95) / 1e6,
        latency.getValueAtPercentile(99) / 1e6,
        latency.getMaxValue() / 1e6);
    System.out.printf("| load average | %s |%n", EndToEndBench.loadAverage());
    System.out.println();
    CpuMeter.printIdle(idleBefore, idleAfter, IDLE_SECONDS);
    System.out.println();
    System.out.println("floor (GET):");
    CpuMeter.print(readBefore, readAfter, reads, readSecs);
    System.out.println();
    System.out.println("enrolments (POST):");
    CpuMeter.print(cpuBefore, cpuAfter, total, secs);
    expectedFile(total);
  }

  /**
   * {@code total} requests from {@link #CLIENTS} closed-loop clients; returns the seconds taken.
   */
  private static double closedLoop(int total, Histogram latency, IntConsumer request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(
          pool.submit(
              () -> {
                for (int i = client; i < total; i += CLIENTS) {
                  long t = System.nanoTime();
                  request.accept(i);
                  long elapsed = System.nanoTime() - t;
                  synchronized (latency) {
                    latency.recordValue(elapsed);
                  }
                }
                return null;
              }));
    }
    for (Future<?> c : clients) {
      c.get();
    }
    pool.shutdown();
    return (System.nanoTime() - started) / 1e9;
  }

  private static void expectedFile(int total) throws Exception {
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("/tmp/crew-bench/outbox-expected"), "" + total);
  }

  /** Polls the enrollment topic's end offsets every 50 ms until the whole backlog arrived. */
  static void drain(String bootstrap, long launchedAtMs) throws Exception {
    long expected =
        Long.parseLong(
            java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/crew-bench/outbox-expected"))
                .trim());
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < Topic.ENROLLMENT_EVENTS.partitions(); p++) {
      partitions.add(new TopicPartition(Topic.ENROLLMENT_EVENTS.topicName(), p));
    }
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      long first = 0;
      long count = 0;
      long deadline = System.currentTimeMillis() + 300_000;
      while (count < expected && System.currentTimeMillis() < deadline) {
        count =
            admin.listOffsets(latest).all().get().values().stream()
                .mapToLong(r -> r.offset())
                .sum();
        if (count > 0 && first == 0) {
          first = System.currentTimeMillis();
        }
        Thread.sleep(50);
      }
      double secs = (System.currentTimeMillis() - first) / 1000.0;
      System.out.println();
      System.out.println("| outbox relay drain | value |");
      System.out.println("|---|---|");
      System.out.printf("| backlog published | %,d of %,d events |%n", count, expected);
      System.out.printf(
          "| service start → first event on topic | %.1f s |%n", (first - launchedAtMs) / 1000.0);
      System.out.printf("| first → last | %.1f s = %,.0f events/s |%n", secs, count / secs);
      System.out.printf("| load average | %s |%n", EndToEndBench.loadAverage());
    }
  }
}
