package org.crewtraining.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Peak heap used (Micrometer's jvm.memory.used, area heap) and peak RSS (/proc/PID/status VmRSS) of
 * each service, sampled once a second while the load runs.
 */
final class MemorySampler {

  /** Management ports (actuator) of the services bin/bench starts. */
  private static final Map<String, Integer> PORTS =
      Map.of("program-service", 18091, "enrollment-service", 18092, "reporting-service", 18093);

  /** service → {peak heap MB, peak RSS MB, pid} */
  final Map<String, long[]> peaks = new LinkedHashMap<>();

  private final Http http;
  private volatile boolean running = true;

  /** {@code pids}: "name=pid,name=pid" as bin/bench passes them. */
  MemorySampler(Http http, String pids) {
    this.http = http;
    for (String entry : pids.split(",")) {
      String[] kv = entry.split("=");
      peaks.put(kv[0], new long[] {0, 0, Long.parseLong(kv[1])});
    }
  }

  void start() {
    Visibility.daemon("memory", this::sample);
  }

  void stop() {
    running = false;
  }

  void reset() {
    synchronized (peaks) {
      peaks
          .values()
          .forEach(
              p -> {
                p[0] = 0;
                p[1] = 0;
              });
    }
  }

  private void sample() {
    while (running) {
      peaks.forEach(
          (name, p) -> {
            long heap = heapMb(name);
            long rss = rssMb(p[2]);
            synchronized (peaks) {
              p[0] = Math.max(p[0], heap);
              p[1] = Math.max(p[1], rss);
            }
          });
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long heapMb(String name) {
    try {
      String json =
          http.get(
              "http://127.0.0.1:"
                  + PORTS.get(name)
                  + "/actuator/metrics/jvm.memory.used?tag=area:heap");
      return (long) Double.parseDouble(Http.field(json, "value")) >> 20;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  static long rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (Exception e) {
      // process gone
    }
    return 0;
  }

  void print() {
    System.out.println("| service | peak heap used | peak RSS | heap limit | within 512 MB heap |");
    System.out.println("|---|---|---|---|---|");
    synchronized (peaks) {
      peaks.forEach(
          (name, p) ->
              System.out.printf(
                  "| %s | %d MB | %d MB | -Xmx512m | %s |%n",
                  name, p[0], p[1], p[0] > 0 && p[0] < 512 ? "yes" : "**check**"));
    }
  }

  static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
