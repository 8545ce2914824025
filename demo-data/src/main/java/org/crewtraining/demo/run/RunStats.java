package org.crewtraining.demo.run;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Counters the progress line and the summary read; updated from every worker thread. */
public class RunStats {

  final AtomicLong programmes = new AtomicLong();
  final AtomicLong participants = new AtomicLong();
  final AtomicLong enrollments = new AtomicLong();
  final AtomicLong withdrawals = new AtomicLong();
  final AtomicLong completions = new AtomicLong();
  final AtomicLong attendanceEntries = new AtomicLong();
  final AtomicLong unexpected = new AtomicLong();
  final AtomicLong applications = new AtomicLong();
  final AtomicLong reviews = new AtomicLong();
  final AtomicLong offersAccepted = new AtomicLong();
  final AtomicLong offersDeclined = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

  void request() {
    requests.incrementAndGet();
  }

  void retry() {
    retries.incrementAndGet();
  }

  void fail(String message) {
    failures.add(message);
  }

  public long requests() {
    return requests.get();
  }

  public long retries() {
    return retries.get();
  }

  public long programmes() {
    return programmes.get();
  }

  public long participants() {
    return participants.get();
  }

  public long enrollments() {
    return enrollments.get();
  }

  public long completions() {
    return completions.get();
  }

  public long withdrawals() {
    return withdrawals.get();
  }

  /** Applications submitted to programmes that select by application. */
  public long applications() {
    return applications.get();
  }

  public long reviews() {
    return reviews.get();
  }

  /** Offers accepted or declined (an applicant who never answers sends nothing). */
  public long offersAnswered() {
    return offersAccepted.get() + offersDeclined.get();
  }

  public long offersAccepted() {
    return offersAccepted.get();
  }

  public long offersDeclined() {
    return offersDeclined.get();
  }

  /**
   * Enrollments whose status differed from the plan's (e.g. data left by another client), or an
   * offer to an application the plan did not shortlist.
   */
  public long unexpected() {
    return unexpected.get();
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }
}
