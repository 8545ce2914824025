package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.PlannedParticipant;
import org.crewtraining.demo.plan.PlannedProgram;
import org.crewtraining.demo.plan.PlannedSelection;
import tools.jackson.databind.JsonNode;

/**
 * Seeds a plan through the public HTTP APIs only, with a bounded pool of workers.
 *
 * <p>Re-runs: the plan's first programme is the marker. It is created first and closed last, and
 * only when everything else succeeded. Marker absent → seed; marker CLOSED → the history is already
 * there, nothing is sent; marker present but not closed → an earlier run was interrupted, and the
 * runner refuses rather than registering participants twice (their e-mails are unique and the API
 * cannot look them up). A different {@code runTag} seeds a separate copy.
 */
public class DemoRunner {

  /** What a run ended with; {@link #exitCode()} is the process exit code. */
  public enum Outcome {
    SEEDED(0),
    ALREADY_LOADED(0),
    FAILED(1),
    INTERRUPTED_EARLIER_RUN(3);

    private final int exitCode;

    Outcome(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final DemoPlan plan;
  private final RunSettings settings;
  private final PrintStream out;
  private final RunStats stats = new RunStats();
  private final ApiClient api;

  public DemoRunner(DemoPlan plan, RunSettings settings, PrintStream out) {
    this.plan = plan;
    this.settings = settings;
    this.out = out;
    this.api = new ApiClient(stats, settings.retryFor(), Duration.ofMillis(50));
  }

  public RunStats stats() {
    return stats;
  }

  public Outcome run() {
    probe("program-service", settings.programUrl());
    probe("enrollment-service", settings.enrollmentUrl());
    PlannedProgram markerPlan = plan.programs().get(0);
    JsonNode marker = findProgramme(markerPlan);
    if (marker != null) {
      String id = marker.path("programId").asString();
      if ("CLOSED".equals(marker.path("status").asString())) {
        out.printf(
            "demo-data: already loaded (programme '%s' %s exists); nothing to do."
                + " --run-tag <name> loads a separate copy%n",
            settings.title(markerPlan), id);
        return Outcome.ALREADY_LOADED;
      }
      out.printf(
          "demo-data: an earlier run did not finish (programme '%s' %s is %s)."
              + " Reset the state, or load a separate copy with --run-tag <name>%n",
          settings.title(markerPlan), id, marker.path("status").asString());
      return Outcome.INTERRUPTED_EARLIER_RUN;
    }

    long started = System.nanoTime();
    AtomicReferenceArray<String> participantIds =
        new AtomicReferenceArray<>(plan.participants().size());
    List<ProgramScript> scripts = new ArrayList<>();
    for (PlannedProgram program : plan.programs()) {
      scripts.add(new ProgramScript(program, api, settings, stats, participantIds));
    }
    List<SelectionScript> selections = new ArrayList<>();
    for (PlannedSelection selection : plan.selections()) {
      selections.add(new SelectionScript(selection, api, settings, stats, participantIds));
    }
    ProgramScript markerScript = scripts.get(0);
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try (ProgressReporter reporter = ProgressReporter.start(out, stats, plan)) {
      // The marker first, alone: from now on a re-run knows a run has started.
      guarded(markerScript, markerScript::createAndPublish);
      if (!stats.failures().isEmpty()) {
        summarise(Duration.ofNanos(System.nanoTime() - started));
        return Outcome.FAILED;
      }
      List<Future<?>> phase = new ArrayList<>();
      for (ProgramScript script : scripts.subList(1, scripts.size())) {
        phase.add(pool.submit(() -> guarded(script, script::createAndPublish)));
      }
      for (PlannedParticipant participant : plan.participants()) {
        phase.add(pool.submit(() -> register(participant, participantIds)));
      }
      awaitAll(phase);

      phase.clear();
      // Selections first: their application window runs from now, so no queue may delay them.
      for (SelectionScript script : selections) {
        phase.add(
            pool.submit(() -> guarded(settings.title(script.plan().programme()), script::play)));
      }
      // Longest first, so the big short courses do not form a tail at the end.
      List<ProgramScript> byLength = new ArrayList<>(scripts);
      byLength.sort(Comparator.comparingInt(s -> -s.plan().applicants().size()));
      for (ProgramScript script : byLength) {
        phase.add(pool.submit(() -> guarded(script, () -> script.play(script != markerScript))));
      }
      awaitAll(phase);
      if (stats.failures().isEmpty()) {
        guarded(markerScript, markerScript::close);
      }
    } finally {
      pool.shutdownNow();
    }
    summarise(Duration.ofNanos(System.nanoTime() - started));
    return stats.failures().isEmpty() ? Outcome.SEEDED : Outcome.FAILED;
  }

  private void probe(String service, URI base) {
    try {
      // Any HTTP answer on the API port will do (actuator is on the management port).
      api.probe(URI.create(base + "/"));
    } catch (IOException e) {
      throw new ServiceUnreachableException(
          service + " not reachable at " + base + " — start it with bin/run");
    }
  }

  /** The plan's programme if program-service already has it (same title and cohort). */
  private JsonNode findProgramme(PlannedProgram program) {
    String query =
        "/programs?cohortYear=%d&format=%s&track=%s&size=100"
            .formatted(program.cohortYear(), program.format(), program.track());
    ApiResponse page = api.get(settings.program(query));
    if (page.status() == 401 || page.status() == 403) {
      throw new ServiceUnreachableException(
          "program-service refused user "
              + api.user()
              + " (HTTP "
              + page.status()
              + "): set CREW_API_USER and CREW_API_PASSWORD (a user with the PROGRAM_ADMIN and"
              + " REGISTRAR roles) or CREW_API_TOKEN");
    }
    if (!page.ok()) {
      throw new ApiException("listing programmes failed: HTTP " + page.status());
    }
    for (JsonNode item : page.body().path("items")) {
      if (settings.title(program).equals(item.path("title").asString())) {
        return item;
      }
    }
    return null;
  }

  private void register(PlannedParticipant p, AtomicReferenceArray<String> ids) {
    try {
      ApiResponse response =
          api.send(
              "POST",
              settings.enrollment("/participants"),
              fields(
                  "name",
                  p.name(),
                  "email",
                  settings.email(p),
                  "organisation",
                  p.organisation(),
                  "participantType",
                  p.type().name(),
                  "craft",
                  p.craft().name(),
                  // the demo crew consented to what the programme office needs (issue 20)
                  "consents",
                  java.util.List.of(
                      fields("purpose", "TRAINING_ADMINISTRATION", "noticeVersion", "2026-01"))),
              null,
              Set.of());
      if (!response.ok()) {
        throw new ApiException("HTTP %d %s".formatted(response.status(), response.problemCode()));
      }
      ids.set(p.index(), response.text("participantId"));
      stats.participants.incrementAndGet();
    } catch (ApiException e) {
      stats.fail("participant " + settings.email(p) + ": " + e.getMessage());
    }
  }

  private void guarded(ProgramScript script, Runnable step) {
    guarded(settings.title(script.plan()), step);
  }

  private void guarded(String title, Runnable step) {
    try {
      step.run();
    } catch (ApiException e) {
      stats.fail("programme '" + title + "': " + e.getMessage());
    }
  }

  private static void awaitAll(List<Future<?>> futures) {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("worker crashed", e.getCause());
      }
    }
  }

  private void summarise(Duration elapsed) {
    double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
    out.printf(
        "demo-data: %s in %.1f s: %d programmes, %d participants, %d enrollments, %d withdrawals,"
            + " %d attendance entries, %d outcomes sent, %d applications, %d reviews, %d offers"
            + " answered; %d requests (%.0f/s), %d retries, %d unexpected statuses%n",
        stats.failures().isEmpty() ? "done" : "FAILED",
        seconds,
        stats.programmes(),
        stats.participants(),
        stats.enrollments(),
        stats.withdrawals(),
        stats.attendanceEntries.get(),
        stats.completions(),
        stats.applications(),
        stats.reviews(),
        stats.offersAnswered(),
        stats.requests(),
        stats.requests() / seconds,
        stats.retries(),
        stats.unexpected());
    List<String> failures = stats.failures();
    failures.stream().limit(10).forEach(f -> out.println("demo-data: failed: " + f));
    if (failures.size() > 10) {
      out.printf("demo-data: ... and %d more failures%n", failures.size() - 10);
    }
  }
}
