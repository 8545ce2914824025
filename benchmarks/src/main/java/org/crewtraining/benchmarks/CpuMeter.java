package org.crewtraining.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system, from /proc) of every process of the stack: the services, the broker, all
 * PostgreSQL processes and this load generator. Two snapshots around a load phase give CPU per
 * request per process — on a machine where everything shares two cores, that says where a
 * throughput limit comes from better than any latency figure.
 */
final class CpuMeter {

  private static final double TICKS_PER_SECOND = 100.0; // CLK_TCK on Linux

  private final Map<String, Long> pids = new LinkedHashMap<>();

  /** {@code pids}: "name=pid,name=pid" as bin/bench passes them (services and broker). */
  CpuMeter(String pids) {
    if (pids != null && !pids.isBlank()) {
      for (String entry : pids.split(",")) {
        String[] kv = entry.split("=");
        this.pids.put(kv[0], Long.parseLong(kv[1]));
      }
    }
  }

  /** Seconds of CPU used so far per process group. */
  Map<String, Double> snapshot() {
    Map<String, Double> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, seconds(pid)));
    cpu.put(
        "PostgreSQL (all backends)",
        ProcessHandle.allProcesses()
            .filter(p -> p.info().user().map("postgres"::equals).orElse(false))
            .mapToDouble(p -> seconds(p.pid()))
            .sum());
    cpu.put(
        "load generator (this JVM)",
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9);
    return cpu;
  }

  /** Markdown table: CPU ms per request between two snapshots, and the share of the machine. */
  static void print(
      Map<String, Double> before, Map<String, Double> after, long requests, double secs) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "| CPU per request (%,d requests, %.1f s, %d cores) | ms / request | share of machine |%n",
        requests, secs, cores);
    System.out.println("|---|---|---|");
    double total = 0;
    for (Map.Entry<String, Double> e : after.entrySet()) {
      double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
      total += used;
      System.out.printf(
          "| %s | %.2f | %.0f %% |%n",
          e.getKey(), used * 1000 / requests, 100 * used / secs / cores);
    }
    System.out.printf(
        "| **all** | **%.2f** | **%.0f %%** |%n",
        total * 1000 / requests, 100 * total / secs / cores);
  }

  /** Markdown table: share of the machine each process used while nothing was asked of it. */
  static void printIdle(Map<String, Double> before, Map<String, Double> after, double secs) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("| idle stack, %.0f s after set-up | share of machine |%n", secs);
    System.out.println("|---|---|");
    after.forEach(
        (name, value) ->
            System.out.printf(
                "| %s | %.1f %% |%n",
                name, 100 * (value - before.getOrDefault(name, 0.0)) / secs / cores));
  }

  /**
   * Seconds of CPU the JIT compiler threads of the stack's JVMs used so far (threads that ended are
   * not counted: a lower bound).
   */
  double compilerSeconds() {
    double sum = 0;
    for (long pid : pids.values()) {
      try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
        for (Path task : tasks.toList()) {
          String comm = Files.readString(task.resolve("comm")).trim();
          if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            sum += seconds(task.resolve("stat"));
          }
        }
      } catch (Exception e) {
        // gone
      }
    }
    return sum;
  }

  /**
   * Waits until the compilers used under 1 % of the machine over 5 s (at most {@code maxSeconds}):
   * a warm-up leaves C2 a queue it works through for minutes, and the measurement should see the
   * services, not their compilers. Returns the seconds waited.
   */
  int awaitCompilersQuiet(int maxSeconds) throws InterruptedException {
    int waited = 0;
    while (waited < maxSeconds) {
      double before = compilerSeconds();
      Thread.sleep(5_000);
      waited += 5;
      if (compilerSeconds() - before < 0.01 * 5 * Runtime.getRuntime().availableProcessors()) {
        break;
      }
    }
    return waited;
  }

  private static double seconds(long pid) {
    return seconds(Path.of("/proc/" + pid + "/stat"));
  }

  private static double seconds(Path statFile) {
    try {
      String stat = Files.readString(statFile);
      // Fields after the command name (which may contain spaces) start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (Exception e) {
      return 0; // gone
    }
  }
}
