package org.crewtraining.benchmarks;

/**
 * reporting-service's {@code reporting.pipeline.delay} timer per stage (relay, broker, apply):
 * where the time between an event's commit and the read model went, as means over one phase.
 */
final class PipelineStages {

  static final String[] STAGES = {"relay", "broker", "apply"};

  private PipelineStages() {}

  /** {count, total seconds} per stage, in the order of {@link #STAGES}; zeros if not available. */
  static double[][] snapshot(Http http) {
    double[][] out = new double[STAGES.length][2];
    for (int i = 0; i < STAGES.length; i++) {
      try {
        String json =
            http.get(
                BenchSetup.REPORTING_MANAGEMENT
                    + "/actuator/metrics/reporting.pipeline.delay?tag=stage:"
                    + STAGES[i]);
        out[i][0] = EndToEndBench.statistic(json, "COUNT");
        out[i][1] = EndToEndBench.statistic(json, "TOTAL_TIME");
      } catch (RuntimeException e) {
        // an older build without the timer: the row says so
      }
    }
    return out;
  }

  static void print(int rate, double[][] before, double[][] after) {
    StringBuilder line = new StringBuilder("pipeline stages at " + rate + "/s (mean per event):");
    for (int i = 0; i < STAGES.length; i++) {
      double count = after[i][0] - before[i][0];
      double seconds = after[i][1] - before[i][1];
      line.append(
          count == 0
              ? String.format(" %s –", STAGES[i])
              : String.format(" %s %.1f ms", STAGES[i], 1000 * seconds / count));
    }
    System.out.println(line);
  }
}
