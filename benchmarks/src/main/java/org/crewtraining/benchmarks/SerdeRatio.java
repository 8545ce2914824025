package org.crewtraining.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SerdeBenchmark} with the GC profiler and prints the table of docs/performance.md:
 * time and allocation per encode+decode, and each serde's ratio to plain Avro from the same run
 * (the ratio is what survives a noisy machine; bytes allocated per op do not depend on load at
 * all). Extra arguments are JMH's own (e.g. {@code -f 2 -wi 5}).
 */
public final class SerdeRatio {

  private SerdeRatio() {}

  public static void main(String[] args) throws Exception {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(SerdeBenchmark.class.getSimpleName())
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> byName = new HashMap<>(); // name -> {ns/op, error, B/op}
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark().replaceAll(".*\\.", "");
      Result<?> primary = run.getPrimaryResult();
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      byName.put(
          name,
          new double[] {
            primary.getScore(),
            primary.getScoreError(),
            alloc == null ? Double.NaN : alloc.getScore()
          });
    }
    System.out.println();
    System.out.println("| benchmark | ns/op (±99.9 %) | B/op |");
    System.out.println("|---|---|---|");
    for (String name :
        new String[] {"plainAvro", "codecOnly", "projectSerde", "headersOnly", "apicurioSerde"}) {
      double[] r = byName.get(name);
      if (r != null) {
        System.out.printf("| %s | %.0f ± %.0f | %.0f |%n", name, r[0], r[1], r[2]);
      }
    }
    double[] plain = byName.get("plainAvro");
    if (plain == null) {
      return;
    }
    System.out.println();
    ratio("codec (Confluent framing, cached id)", byName.get("codecOnly"), plain, true);
    ratio("project serde (codec + CloudEvents headers)", byName.get("projectSerde"), plain, true);
    ratio("Apicurio AvroKafkaSerializer/Deserializer", byName.get("apicurioSerde"), plain, false);
  }

  private static void ratio(String what, double[] measured, double[] plain, boolean target) {
    if (measured == null) {
      return;
    }
    double ratio = measured[0] / plain[0];
    System.out.printf(
        "%s / plain Avro: %.2f× time%s, %.2f× bytes allocated%n",
        what,
        ratio,
        target ? " (target ≤ 1.3×: " + (ratio <= 1.3 ? "met" : "MISSED") + ")" : "",
        measured[2] / plain[2]);
  }
}
