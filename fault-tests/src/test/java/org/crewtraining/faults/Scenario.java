package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.crewtraining.faults.check.EventLog;
import org.crewtraining.faults.check.FiguresTable;
import org.crewtraining.faults.check.PoisonPills;
import org.crewtraining.faults.check.ReadModel;
import org.crewtraining.faults.check.Verdict;
import org.crewtraining.faults.load.Api;
import org.crewtraining.faults.load.Catalogue;
import org.crewtraining.faults.load.Ledger;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.Stack;

/** What a scenario works with: the stack, its own ledger and programmes, and the final check. */
public final class Scenario {

  public final Stack stack;
  public final Api api = new Api();
  public final Ledger ledger = new Ledger();
  private final FiguresTable table;
  private final String name;
  private Catalogue catalogue;
  private long appliedBefore;

  Scenario(Stack stack, FiguresTable table, String name) {
    this.stack = stack;
    this.table = table;
    this.name = name;
  }

  /** Write requests per scenario: -Dfaults.events (bin/faults: 100000; default build: short). */
  public int events() {
    return Integer.getInteger("faults.events", 1000);
  }

  /**
   * The scenario's programmes and participants, sized for {@link #events()} requests: half are
   * enrolments, and capacity is below the enrolments each programme gets, so some are waitlisted.
   */
  public Catalogue catalogue(int programmes) throws Exception {
    appliedBefore = awaitConverged(List.of()).applied();
    int enrolments = events() / 2 + 1;
    int perProgramme = enrolments / programmes + 1;
    catalogue =
        Catalogue.create(
            api,
            ledger,
            stack.program.url(),
            stack.enrollment().url(),
            name.replaceAll("[^A-Za-z0-9]", ""),
            programmes,
            Math.max(3, perProgramme * 7 / 10),
            perProgramme + 10);
    return catalogue;
  }

  public LoadRunner load(List<String> enrollmentUrls) {
    return new LoadRunner(api, ledger, catalogue, enrollmentUrls);
  }

  public LoadRunner load() {
    return load(List.of(stack.enrollment().url()));
  }

  public String someProgramme(int i) {
    return catalogue.programs.get(i % catalogue.programs.size());
  }

  /** Events the read models applied so far (reporting's own running total). */
  public long applied() {
    return stack.postgres.queryLong(
        stack.reportingDb, "SELECT events_applied FROM projection_status WHERE id = 1");
  }

  /**
   * Converges, judges, prints the figures and fails with every broken rule. The figures count this
   * scenario's programmes, pills and the events applied while it ran.
   */
  public void verify(List<PoisonPills.Pill> pills, String notes) {
    Converged converged = awaitConverged(pills);
    judge(
        pills,
        converged,
        ledger.programIds(),
        converged.applied() - appliedBefore,
        notes + "; answers " + ledger.statuses());
  }

  /**
   * As {@link #verify}, with figures over the whole log (a replay has no programmes of its own).
   */
  public void verifyWholeLog(String notes) {
    Converged converged = awaitConverged(List.of());
    judge(List.of(), converged, null, converged.applied(), notes);
  }

  private void judge(
      List<PoisonPills.Pill> pills,
      Converged converged,
      java.util.Set<String> programmes,
      long inReadModel,
      String notes) {
    Verdict verdict =
        Verdict.judge(
            name,
            ledger,
            pills,
            converged.log(),
            programmes,
            new ReadModel(api, stack.reporting().url()),
            inReadModel,
            notes);
    table.add(verdict.row());
    assertThat(verdict.failures()).as("broken rules in " + name).isEmpty();
    assertThat(inReadModel)
        .as("events applied by the read models vs distinct events in the log")
        .isEqualTo(verdict.row().inLog());
  }

  public long outboxBacklog(String database) {
    return backlog(database);
  }

  /** Whether PostgreSQL accepts a query now. */
  public boolean databaseAnswers() {
    try {
      stack.postgres.queryLong("postgres", "SELECT 1");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public void useSurvivors(
      org.crewtraining.faults.stack.ServiceProcess enrollment,
      org.crewtraining.faults.stack.ServiceProcess reporting) {
    stack.useSurvivors(enrollment, reporting);
  }

  record Converged(EventLog.Snapshot log, long applied) {}

  /**
   * Until the outboxes are drained, the read models applied every distinct event of the log and
   * every pill reached a DLT; returns the last look either way (the verdict explains a failure).
   */
  private Converged awaitConverged(List<PoisonPills.Pill> pills) {
    Converged[] last = new Converged[1];
    try {
      await("convergence")
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(
              () -> {
                if (backlog(stack.programDb) + backlog(stack.enrollmentDb) > 0) {
                  return false;
                }
                EventLog.Snapshot log = EventLog.read(stack.broker.bootstrap());
                last[0] = new Converged(log, applied());
                long distinct = log.events().stream().map(e -> e.eventId()).distinct().count();
                return last[0].applied() == distinct
                    && PoisonPills.inDeadLetters(pills, log.deadLetters()) == pills.size();
              });
    } catch (ConditionTimeoutException e) {
      if (last[0] == null) {
        throw e;
      }
    }
    return last[0];
  }

  private long backlog(String database) {
    return stack.postgres.queryLong(
        database, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
  }
}
