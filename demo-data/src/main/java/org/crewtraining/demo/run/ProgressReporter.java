package org.crewtraining.demo.run;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.PlanFigures;
import org.crewtraining.demo.plan.PlannedProgram;

/** One progress line every few seconds while a run is going, against the plan's totals. */
final class ProgressReporter implements AutoCloseable {

  static final long PERIOD_SECONDS = 3;

  private final ScheduledExecutorService timer;

  private ProgressReporter(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static ProgressReporter start(PrintStream out, RunStats stats, DemoPlan plan) {
    PlanFigures figures = new PlanFigures(plan);
    // Outcomes decided by the rule at close are not the runner's requests.
    long outcomes = plan.programs().stream().mapToLong(PlannedProgram::outcomesByRequest).sum();
    long applications = figures.applications();
    int programmes = plan.programs().size() + plan.selections().size();
    int participants = plan.participants().size();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "demo-data-progress");
              thread.setDaemon(true);
              return thread;
            });
    long[] last = {0, System.nanoTime()};
    timer.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          long requests = stats.requests();
          double rate = (requests - last[0]) / Math.max(0.001, (now - last[1]) / 1e9);
          last[0] = requests;
          last[1] = now;
          out.printf(
              "demo-data: programmes %d/%d, participants %d/%d, enrollments %d/%d,"
                  + " attendance entries %d, outcomes sent %d/%d, %.0f req/s%n",
              stats.programmes(),
              programmes,
              stats.participants(),
              participants,
              stats.enrollments(),
              applications,
              stats.attendanceEntries.get(),
              stats.completions(),
              outcomes,
              rate);
        },
        PERIOD_SECONDS,
        PERIOD_SECONDS,
        TimeUnit.SECONDS);
    return new ProgressReporter(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
