package org.crewtraining.faults.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one scenario asked for and what the services answered: every write request sent, every
 * acknowledged one (2xx) with the correlation id its events must carry, answers by status.
 */
public final class Ledger {

  /** An acknowledged change: the log must hold exactly one event of its kind with this id. */
  public record Acknowledged(String correlationId, Change change, String programId) {}

  private final AtomicLong sent = new AtomicLong();
  private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
  private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
  private final Set<String> programIds = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<String> badProblems = new ConcurrentLinkedQueue<>();

  public void sent() {
    sent.incrementAndGet();
  }

  public void answered(int status) {
    byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
  }

  public void acknowledged(String correlationId, Change change, String programId) {
    acknowledged.add(new Acknowledged(correlationId, change, programId));
  }

  public void program(String programId) {
    programIds.add(programId);
  }

  /** A 5xx that was not problem+json 503, remembered to fail the scenario with it. */
  public void badProblem(String description) {
    badProblems.add(description);
  }

  public long sentCount() {
    return sent.get();
  }

  public List<Acknowledged> acknowledged() {
    return new ArrayList<>(acknowledged);
  }

  public Set<String> programIds() {
    return Set.copyOf(programIds);
  }

  public long answeredWith(int status) {
    AtomicLong n = byStatus.get(status);
    return n == null ? 0 : n.get();
  }

  public Map<Integer, Long> statuses() {
    Map<Integer, Long> copy = new TreeMap<>();
    byStatus.forEach((status, n) -> copy.put(status, n.get()));
    return copy;
  }

  public List<String> badProblems() {
    return new ArrayList<>(badProblems);
  }
}
