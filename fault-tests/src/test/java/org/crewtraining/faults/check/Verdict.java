package org.crewtraining.faults.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crewtraining.faults.load.Ledger;

/**
 * The pass criterion of every scenario, over the whole log and every programme (earlier scenarios
 * included): each acknowledged change is in the log exactly once, no event id is in the log twice,
 * reporting's figures equal the independent fold for every programme, no programme ever had more
 * seats taken than capacity, every poison pill is on a DLT with its bytes. The figures row counts
 * only this scenario's programmes and pills.
 */
public final class Verdict {

  private final List<String> failures = new ArrayList<>();
  private final FiguresRow row;

  /** Acknowledged changes found more than once (set by {@link #checkAcknowledged}). */
  private long doubledChanges;

  private Verdict(
      String scenario,
      Ledger ledger,
      List<PoisonPills.Pill> pills,
      EventLog.Snapshot log,
      Set<String> programmes,
      ReadModel readModel,
      long inReadModel,
      String notes) {
    IndependentFold.Result fold = IndependentFold.of(log.events());
    Set<String> mine = programmes != null ? programmes : fold.programStatus().keySet();
    long lost = checkAcknowledged(ledger, log);
    if (!fold.duplicatedEventIds().isEmpty()) {
      failures.add(
          fold.duplicateRecords()
              + " log records repeat an event id, e.g. "
              + fold.duplicatedEventIds().stream().limit(5).toList());
    }
    long[] readModelDelta = compareReadModel(fold, readModel, mine);
    checkCapacity(fold);
    long inDlt = PoisonPills.inDeadLetters(pills, log.deadLetters());
    if (inDlt < pills.size()) {
      failures.add((pills.size() - inDlt) + " of " + pills.size() + " poison pills not on a DLT");
    }
    ledger.badProblems().stream().limit(5).forEach(p -> failures.add("not a 503 problem: " + p));
    long inLog =
        log.events().stream()
            .filter(e -> mine.contains(e.programId()))
            .map(LoggedEvent::eventId)
            .distinct()
            .count();
    long logDuplicates =
        log.events().stream().filter(e -> mine.contains(e.programId())).count() - inLog;
    // Per programme, or in total when reporting applied what the log does not hold (a phantom
    // programme from a record it should have rejected): whichever shows more.
    long excess = Math.max(readModelDelta[0], inReadModel - inLog);
    long shortfall = Math.max(readModelDelta[1], inLog - inReadModel);
    row =
        new FiguresRow(
            scenario,
            ledger.sentCount() + pills.size(),
            ledger.acknowledged().size(),
            inLog,
            inReadModel,
            inDlt,
            logDuplicates + doubledChanges + excess,
            lost + shortfall + (pills.size() - inDlt),
            notes);
  }

  /**
   * @param programmes the scenario's programmes for the figures row; null: every programme
   * @param inReadModel events the read models applied, as the scenario measured it
   */
  public static Verdict judge(
      String scenario,
      Ledger ledger,
      List<PoisonPills.Pill> pills,
      EventLog.Snapshot log,
      Set<String> programmes,
      ReadModel readModel,
      long inReadModel,
      String notes) {
    return new Verdict(scenario, ledger, pills, log, programmes, readModel, inReadModel, notes);
  }

  public FiguresRow row() {
    return row;
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** Returns the acknowledged changes missing from the log; counts those found twice. */
  private long checkAcknowledged(Ledger ledger, EventLog.Snapshot log) {
    Map<String, List<LoggedEvent>> byCorrelation = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (LoggedEvent e : log.events()) {
      if (seen.add(e.eventId())) {
        byCorrelation.computeIfAbsent(e.correlationId(), c -> new ArrayList<>()).add(e);
      }
    }
    long missing = 0;
    List<String> examples = new ArrayList<>();
    for (Ledger.Acknowledged ack : ledger.acknowledged()) {
      long found =
          byCorrelation.getOrDefault(ack.correlationId(), List.of()).stream()
              .filter(e -> ack.change().eventTypes().contains(e.type()))
              .count();
      if (found == 0) {
        missing++;
        if (examples.size() < 5) {
          examples.add(ack.change() + " " + ack.correlationId());
        }
      } else if (found > 1) {
        doubledChanges += found - 1;
        if (examples.size() < 5) {
          examples.add(ack.change() + " " + ack.correlationId() + " ×" + found);
        }
      }
    }
    if (missing > 0 || doubledChanges > 0) {
      failures.add(
          missing + " acknowledged changes missing, " + doubledChanges + " doubled: " + examples);
    }
    return missing;
  }

  /** Every programme of the log; returns {excess, shortfall} of this scenario's changes. */
  private long[] compareReadModel(
      IndependentFold.Result fold, ReadModel readModel, Set<String> mine) {
    Set<String> programmes = new HashSet<>(fold.programStatus().keySet());
    programmes.addAll(fold.figures().keySet());
    Map<String, String> differences = new HashMap<>();
    long excess = 0;
    long shortfall = 0;
    for (String id : programmes) {
      ReadModel.Programme shown = readModel.programme(id);
      ProgrammeFigures expected = fold.of(id);
      ProgrammeFigures actual = shown == null ? ProgrammeFigures.NONE : shown.figures();
      String status = fold.programStatus().getOrDefault(id, "UNKNOWN");
      if (!expected.equals(actual) || shown == null || !Objects.equals(status, shown.status())) {
        differences.put(
            id,
            "fold " + status + " " + expected + " ≠ reporting " + (shown == null ? "404" : shown));
      }
      if (mine.contains(id)) {
        long delta = actual.changes() - expected.changes();
        excess += Math.max(0, delta);
        shortfall += Math.max(0, -delta);
      }
    }
    if (!differences.isEmpty()) {
      failures.add(
          differences.size()
              + " programmes differ from the fold:"
              + ReadModel.describe(
                  differences.entrySet().stream()
                      .limit(5)
                      .collect(
                          java.util.stream.Collectors.toMap(
                              Map.Entry::getKey, Map.Entry::getValue))));
    }
    long known = readModel.programmeCount();
    if (known != programmes.size()) {
      failures.add("reporting knows " + known + " programmes, the log " + programmes.size());
    }
    return new long[] {excess, shortfall};
  }

  private void checkCapacity(IndependentFold.Result fold) {
    fold.peakSeats()
        .forEach(
            (id, peak) -> {
              Integer capacity = fold.capacity().get(id);
              if (capacity != null && peak > capacity) {
                failures.add(id + " had " + peak + " seats taken, capacity " + capacity);
              }
            });
  }
}
