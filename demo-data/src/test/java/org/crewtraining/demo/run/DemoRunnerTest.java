package org.crewtraining.demo.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.Ending;
import org.crewtraining.demo.plan.PlanFigures;
import org.crewtraining.demo.plan.PlanGenerator;
import org.crewtraining.demo.plan.PlannedProgram;
import org.crewtraining.demo.plan.PlannedSelection;
import org.junit.jupiter.api.Test;

class DemoRunnerTest {

  static final DemoPlan SMALL =
      PlanGenerator.generate(DemoPlan.DEFAULT_SEED, 0.02, LocalDate.of(2026, 11, 26));

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void seedsThePlanRetryingWhatHealsByItself() {
    try (FakeServices fake = new FakeServices()) {
      DemoRunner runner = new DemoRunner(SMALL, settings(fake, ""), out);

      assertThat(runner.run()).isEqualTo(DemoRunner.Outcome.SEEDED);

      PlanFigures figures = new PlanFigures(SMALL);
      RunStats stats = runner.stats();
      assertThat(stats.failures()).isEmpty();
      assertThat(stats.programmes()).isEqualTo(SMALL.programs().size() + SMALL.selections().size());
      assertThat(stats.participants()).isEqualTo(SMALL.participants().size());
      assertThat(stats.enrollments()).isEqualTo(figures.applications());
      // Outcomes typed by hand only where there are no sessions; elsewhere attendance, one roster
      // per session taken, and the rule (at close, or on demand for a running programme).
      List<PlannedProgram> bySessions =
          SMALL.programs().stream().filter(PlannedProgram::runsOnSessions).toList();
      // Next year's programmes that select by application have sessions and a rule, no roster yet.
      List<PlannedProgram> scheduled =
          Stream.concat(
                  bySessions.stream(), SMALL.selections().stream().map(PlannedSelection::programme))
              .toList();
      assertThat(fake.completions.get())
          .isEqualTo(outcomes(SMALL.programs().stream().filter(p -> !p.runsOnSessions())));
      assertThat(fake.evaluations.get())
          .isEqualTo(outcomes(bySessions.stream().filter(p -> p.ending() == Ending.RUNNING)))
          .isPositive();
      assertThat(fake.overrides.get())
          .isEqualTo(
              bySessions.stream()
                  .flatMap(p -> p.applicants().stream())
                  .filter(e -> e.overrideReasonCode() != null)
                  .count());
      assertThat(stats.completions())
          .isEqualTo(fake.completions.get() + fake.evaluations.get() + fake.overrides.get())
          .isEqualTo(SMALL.programs().stream().mapToLong(PlannedProgram::outcomesByRequest).sum());
      assertThat(fake.sessions.get())
          .isEqualTo(scheduled.stream().mapToInt(p -> p.sessions().size()).sum());
      assertThat(fake.rules.get()).isEqualTo(scheduled.size());
      assertThat(fake.attendanceEntries.get())
          .isEqualTo(
              bySessions.stream()
                  .flatMap(p -> p.applicants().stream())
                  .mapToInt(e -> e.marks().size())
                  .sum())
          .isPositive();
      // One 503 plus one program-not-open per programme were retried, not reported.
      assertThat(stats.retries()).isGreaterThanOrEqualTo(1L + SMALL.programs().size());
      assertThat(stats.unexpected()).isZero();
      assertThat(output.toString(StandardCharsets.UTF_8)).contains("demo-data: done in");
      // The local operator (every role), unless CREW_API_* says otherwise.
      assertThat(fake.authorizations).containsExactly("Basic b3BlcmF0b3I6Y3Jldy1vcGVyYXRvcg==");
    }
  }

  @Test
  void sendsNothingWhenTheHistoryIsAlreadyThere() {
    try (FakeServices fake = new FakeServices()) {
      fake.alreadyHas(SMALL.programs().get(0).title() + " [small]", "CLOSED");

      assertThat(new DemoRunner(SMALL, settings(fake, "small"), out).run())
          .isEqualTo(DemoRunner.Outcome.ALREADY_LOADED);
      assertThat(fake.posts.get()).isZero();
    }
  }

  @Test
  void refusesToContinueAnInterruptedRun() {
    try (FakeServices fake = new FakeServices()) {
      fake.alreadyHas(SMALL.programs().get(0).title(), "PUBLISHED");

      assertThat(new DemoRunner(SMALL, settings(fake, ""), out).run())
          .isEqualTo(DemoRunner.Outcome.INTERRUPTED_EARLIER_RUN);
      assertThat(fake.posts.get()).isZero();
      assertThat(output.toString(StandardCharsets.UTF_8)).contains("--run-tag");
    }
  }

  @Test
  void namesTheServiceThatIsNotRunning() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + freePort;
    RunSettings settings = RunSettings.of(url, url, "");

    assertThatThrownBy(() -> new DemoRunner(SMALL, settings, out).run())
        .isInstanceOf(ServiceUnreachableException.class)
        .hasMessage("program-service not reachable at " + url + " — start it with bin/run");
  }

  private static long outcomes(Stream<PlannedProgram> programs) {
    return programs.flatMap(p -> p.applicants().stream()).filter(e -> e.hasOutcome()).count();
  }

  /** A short application window, so the runner's wait for its close stays short too. */
  static RunSettings settings(FakeServices fake, String tag) {
    return RunSettings.of(fake.programUrl(), fake.enrollmentUrl(), tag)
        .withApplicationWindow(Duration.ofSeconds(3));
  }
}
