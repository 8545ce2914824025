package org.crewtraining.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate and is sent then whether or
 * not earlier ones have answered; its latency is measured from when it was due, not when it was
 * sent, so a stalled server shows up in the percentiles instead of silently slowing the client
 * (coordinated omission). Even slots enrol, odd slots record the completion of an enrolment that
 * was confirmed earlier (an enrolment if none is ready yet). Requests go out through {@link
 * LoadClient}, whose CPU per request is a fraction of the JDK client's.
 */
final class OpenLoop {

  /**
   * Due and answer times (ns, System.nanoTime) of the successful requests of one kind, for the
   * visibility match.
   */
  static final class Times {
    private final List<Long> due = new ArrayList<>();
    private final List<Long> answered = new ArrayList<>();

    synchronized void add(long dueNs, long answeredNs) {
      due.add(dueNs);
      answered.add(answeredNs);
    }

    synchronized int size() {
      return due.size();
    }

    synchronized List<Long> due() {
      return new ArrayList<>(due);
    }

    synchronized List<Long> answered() {
      return new ArrayList<>(answered);
    }
  }

  final Times enrolled = new Times();
  final Times completed = new Times();

  /** The same for the one programme whose read model is polled (Visibility.tracked). */
  final Times trackedEnrolled = new Times();

  final Times trackedCompleted = new Times();

  final Recorder enrolLatency = new Recorder(3);
  final Recorder completeLatency = new Recorder(3);
  final AtomicInteger errors = new AtomicInteger();
  volatile String firstError;
  int sent;
  long startNs;
  long endNs;

  /** {enrollmentId, programId} of confirmed enrolments waiting for their completion. */
  private final ConcurrentLinkedQueue<String[]> confirmed = new ConcurrentLinkedQueue<>();

  private final AtomicInteger inFlight = new AtomicInteger();

  void run(LoadClient http, BenchSetup setup, int rate, int seconds) throws InterruptedException {
    long interval = 1_000_000_000L / rate;
    int total = rate * seconds;
    startNs = System.nanoTime() + 50_000_000;
    for (int i = 0; i < total; i++) {
      long due = startNs + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      String[] enrollment = (i % 2 == 1) ? confirmed.poll() : null;
      inFlight.incrementAndGet();
      if (enrollment == null) {
        enrol(http, setup, due);
      } else {
        complete(http, enrollment, due, setup.programs.get(0));
      }
      sent++;
    }
    endNs = System.nanoTime();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private void enrol(LoadClient http, BenchSetup setup, long due) {
    String[] pair = setup.nextPair();
    http.send(
            "POST",
            BenchSetup.ENROLLMENT + "/programs/" + pair[0] + "/enrollments",
            "{\"participantId\":\"" + pair[1] + "\"}")
        .whenComplete(
            (response, failure) -> {
              if (ok(response, failure, 201)) {
                long answered = System.nanoTime();
                enrolLatency.recordValue(answered - due);
                enrolled.add(due, answered);
                if (pair[0].equals(setup.programs.get(0))) {
                  trackedEnrolled.add(due, answered);
                }
                if (response.body().contains("\"CONFIRMED\"")) {
                  confirmed.add(
                      new String[] {Http.field(response.body(), "enrollmentId"), pair[0]});
                }
              }
              inFlight.decrementAndGet();
            });
  }

  private void complete(LoadClient http, String[] enrollment, long due, String tracked) {
    http.send(
            "PUT",
            BenchSetup.ENROLLMENT + "/enrollments/" + enrollment[0] + "/completion",
            "{\"outcome\":\"COMPLETED\",\"hoursCompleted\":40,\"completionDate\":\"2025-03-31\"}")
        .whenComplete(
            (response, failure) -> {
              if (ok(response, failure, 200)) {
                long answered = System.nanoTime();
                completeLatency.recordValue(answered - due);
                completed.add(due, answered);
                if (enrollment[1].equals(tracked)) {
                  trackedCompleted.add(due, answered);
                }
              }
              inFlight.decrementAndGet();
            });
  }

  private boolean ok(LoadClient.Answer response, Throwable failure, int expected) {
    if (failure == null && response.status() == expected) {
      return true;
    }
    if (errors.incrementAndGet() == 1) {
      firstError = failure != null ? failure.toString() : response.status() + " " + response.body();
    }
    return false;
  }
}
