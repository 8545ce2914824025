package org.crewtraining.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * End to end over HTTP: for each rate, {@code seconds} of open-loop enrol + complete requests
 * (OpenLoop), then the time from each request's due time, and from its 2xx answer (the issue's
 * measure), until reporting-service shows it in its read model (polled) and on the SSE stream
 * (Visibility); write-path latency of the same requests; peak heap and RSS of each service
 * (MemorySampler). Usage: {@code EndToEndBench 100,500,1000 20} with -Dpids=name=pid,... from
 * bin/bench.
 */
public final class EndToEndBench {

  private EndToEndBench() {}

  public static void main(String[] args) throws Exception {
    int[] rates = Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
    int seconds = Integer.parseInt(args[1]);
    // 20 ms: a finer poll costs reporting-service a measurable share of the machine (docs).
    int pollMs =
        Integer.parseInt(
            System.getProperty("pollMs", System.getenv().getOrDefault("BENCH_POLL_MS", "20")));
    int warmup = Integer.getInteger("warmupSecs", 10);
    // The e2e mix (completions, the read-model GET, SSE) at a rate that gets the JIT through it:
    // 2,000 requests at 100 /s left the compilers busy in every JVM during the measured phase.
    int warmupRate = Integer.getInteger("warmupRate", 300);
    Http http = new Http();
    LoadClient load = new LoadClient(256);
    int enrolments = warmupRate * warmup;
    for (int rate : rates) {
      enrolments += rate * (seconds + warmup); // upper bound: half of them are completions
    }
    int programs = 20;
    BenchSetup setup = BenchSetup.create(http, programs, enrolments / programs + 50);
    Visibility visibility = new Visibility(http, load, pollMs, setup.programs.get(0));
    visibility.start();
    MemorySampler memory = new MemorySampler(http, System.getProperty("pids"));
    memory.start();
    CpuMeter cpu = new CpuMeter(System.getProperty("cpuPids"));
    // Warm-up, not reported: the first requests of a fresh JVM measure the JIT, not the service.
    settle(visibility, new long[] {-1, -1, -1, -1});
    new OpenLoop().run(load, setup, warmupRate, warmup);
    // Then each measured rate once: below the relay's pacing threshold every commit takes its own
    // Kafka transaction, code a warm-up at a higher rate never runs (compilers busy a third of a
    // core at 100 /s otherwise).
    for (int rate : rates) {
      new OpenLoop().run(load, setup, rate, warmup);
    }
    System.out.printf(
        "warm-up: %d s at %d/s, then %d s at each of %s /s done%n",
        warmup, warmupRate, warmup, Arrays.toString(rates));
    settle(visibility, new long[] {-1, -1, -1, -1});
    System.out.printf(
        "JIT compilers quiet after %d s%n",
        cpu.awaitCompilersQuiet(Integer.getInteger("jitSettleSecs", 120)));
    // The fixed part: relay and consumer polls, metrics windows, and this benchmark's own
    // read-model
    // poller and SSE client, with no requests.
    var idleBefore = cpu.snapshot();
    Thread.sleep(10_000);
    CpuMeter.printIdle(idleBefore, cpu.snapshot(), 10);
    List<String> rows = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (int rate : rates) {
      long[] base = settle(visibility, new long[] {-1, -1, -1, -1});
      memory.reset();
      double[][] delaysBefore = PipelineStages.snapshot(http);
      OpenLoop run = new OpenLoop();
      var cpuBefore = cpu.snapshot();
      run.run(load, setup, rate, seconds);
      var cpuAfter = cpu.snapshot();
      double achieved = run.sent / ((run.endNs - run.startNs) / 1e9);
      long[] seen =
          settle(
              visibility,
              new long[] {
                base[0] + run.trackedEnrolled.size(),
                base[1] + run.trackedCompleted.size(),
                base[2] + run.enrolled.size(),
                base[3] + run.completed.size()
              });
      Histogram write = run.enrolLatency.getIntervalHistogram();
      write.add(run.completeLatency.getIntervalHistogram());
      rows.add(row(rate, achieved, "write (HTTP answer, from due)", write, run.errors.get(), 0));
      Histogram[] fromAnswer = null;
      for (boolean answered : new boolean[] {false, true}) {
        int[] missingPoll = {0};
        int[] missingSse = {0};
        Histogram polled =
            visible(
                visibility.polled,
                base[0],
                base[1],
                run.trackedEnrolled,
                run.trackedCompleted,
                answered,
                missingPoll);
        Histogram streamed =
            visible(
                visibility.streamed,
                base[2],
                base[3],
                run.enrolled,
                run.completed,
                answered,
                missingSse);
        String from = answered ? "2xx answer" : "due";
        rows.add(
            row(
                rate,
                achieved,
                "visible in read model (1 of 20 programmes), from " + from,
                polled,
                0,
                missingPoll[0]));
        rows.add(row(rate, achieved, "visible on SSE, from " + from, streamed, 0, missingSse[0]));
        fromAnswer = new Histogram[] {polled, streamed};
      }
      targets.add(target(rate, fromAnswer[0], fromAnswer[1], write));
      System.out.printf(
          "rate %d/s: %d sent, %d enrolled + %d completed ok, %d errors%s; read model now %d/%d%n",
          rate,
          run.sent,
          run.enrolled.size(),
          run.completed.size(),
          run.errors.get(),
          run.firstError == null ? "" : " (first: " + run.firstError + ")",
          seen[0],
          seen[1]);
      System.out.printf("load average %s%n", loadAverage());
      System.out.println("memory during " + rate + "/s:");
      memory.print();
      relayBatches(http, rate);
      PipelineStages.print(rate, delaysBefore, PipelineStages.snapshot(http));
      System.out.println(
          "CPU during " + rate + "/s (sending; what is still in flight afterwards not counted):");
      CpuMeter.print(cpuBefore, cpuAfter, run.sent, (run.endNs - run.startNs) / 1e9);
    }
    visibility.stop();
    memory.stop();
    load.close();
    System.out.println();
    System.out.println(
        "| rate /s | achieved /s | latency from due time | p50 ms | p95 ms | p99 ms | max ms | n | errors / not seen |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println(
        "| rate /s | p99 read model, from 2xx | p99 SSE, from 2xx | same run: p99 HTTP answer | target p99 | met |");
    System.out.println("|---|---|---|---|---|---|");
    targets.forEach(System.out::println);
    System.out.println(
        "target 4 (issue 16): HTTP 2xx → visible in the read model and on SSE, p99 ≤ 50 ms at 100/s"
            + " and ≤ 150 ms at 500/s; read-model resolution "
            + pollMs
            + " ms");
  }

  /** Enrolments and completions together: from their due or their answer times to visible. */
  private static Histogram visible(
      java.util.List<long[]> samples,
      long enrolledBase,
      long completedBase,
      OpenLoop.Times enrolled,
      OpenLoop.Times completed,
      boolean fromAnswer,
      int[] missing) {
    Histogram h =
        Visibility.latencies(
            samples, 1, enrolledBase, fromAnswer ? enrolled.answered() : enrolled.due(), missing);
    h.add(
        Visibility.latencies(
            samples,
            2,
            completedBase,
            fromAnswer ? completed.answered() : completed.due(),
            missing));
    return h;
  }

  /** Issue 16's p99 bound for a rate, or 0 where it sets none. */
  private static double targetP99Ms(int rate) {
    return rate <= 100 ? 50 : rate <= 500 ? 150 : 0;
  }

  private static String target(int rate, Histogram polled, Histogram streamed, Histogram write) {
    double limit = targetP99Ms(rate);
    double worst = Math.max(ms(polled, 99), ms(streamed, 99));
    return String.format(
        "| %d | %.1f ms | %.1f ms | %.1f ms | %s | %s |",
        rate,
        ms(polled, 99),
        ms(streamed, 99),
        ms(write, 99),
        limit == 0 ? "–" : "≤ " + (int) limit + " ms",
        limit == 0 ? "–" : CatchUpBench.yes(worst <= limit));
  }

  /**
   * Waits (≤ 60 s) until the tracked programme's read model and the SSE overall figures reached at
   * least the expected counts and stayed still for a second; returns {read model enrolled,
   * completed, SSE enrolled, completed}.
   */
  private static long[] settle(Visibility v, long[] expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    long[] now = current(v);
    while (System.currentTimeMillis() < deadline) {
      boolean reached = now[0] >= 0 && now[2] >= 0;
      for (int i = 0; i < 4; i++) {
        reached &= now[i] >= expected[i];
      }
      if (reached) {
        Thread.sleep(1000); // a quiet second: nothing still in flight
        long[] later = current(v);
        if (java.util.Arrays.equals(now, later)) {
          return now;
        }
      } else {
        Thread.sleep(100);
      }
      now = current(v);
    }
    System.out.printf(
        "did not settle in 60 s: read model %d/%d, SSE %d/%d%n", now[0], now[1], now[2], now[3]);
    return now;
  }

  /** enrollment-service's relay so far: batches (one Kafka transaction each) and their time. */
  private static void relayBatches(Http http, int rate) {
    try {
      String json =
          http.get(BenchSetup.ENROLLMENT_MANAGEMENT + "/actuator/metrics/crew.outbox.relay.batch");
      double count = statistic(json, "COUNT");
      System.out.printf(
          "relay after %d/s: %,.0f batches so far, mean %.1f ms, max %.1f ms%n",
          rate,
          count,
          count == 0 ? 0 : 1000 * statistic(json, "TOTAL_TIME") / count,
          1000 * statistic(json, "MAX"));
    } catch (RuntimeException e) {
      System.out.println("relay batches: not available (" + e.getMessage() + ")");
    }
  }

  /** A statistic (COUNT, TOTAL_TIME, MAX) of an actuator metrics answer, 0 if absent. */
  static double statistic(String json, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"statistic\"\\s*:\\s*\"" + name + "\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.eE]+)")
            .matcher(json);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static long[] current(Visibility v) {
    return new long[] {
      Visibility.latest(v.polled, 1), Visibility.latest(v.polled, 2),
      Visibility.latest(v.streamed, 1), Visibility.latest(v.streamed, 2)
    };
  }

  private static String row(
      int rate, double achieved, String what, Histogram h, int errors, int missing) {
    return String.format(
        "| %d | %.0f | %s | %.1f | %.1f | %.1f | %.1f | %d | %d |",
        rate,
        achieved,
        what,
        ms(h, 50),
        ms(h, 95),
        ms(h, 99),
        h.getMaxValue() / 1e6,
        h.getTotalCount(),
        errors + missing);
  }

  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1e6;
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
