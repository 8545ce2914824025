package org.crewtraining.faults.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop write load on enrollment-service: enrolments (half), progress reports, completions
 * and withdrawals, from several clients, each request with its own correlation id. Requests are
 * spread round-robin over the given enrollment-service instances. Nothing is retried: an answer
 * other than 2xx is simply not acknowledged.
 */
public final class LoadRunner {

  private final Api api;
  private final Ledger ledger;
  private final EnrollmentPool pool;
  private volatile List<String> enrollmentUrls;
  private final AtomicLong issued = new AtomicLong();

  /**
   * Numbers the progress reports, so each one carries figures no earlier report had: the service
   * answers a report of the figures already recorded 200 without an event (nothing changed), which
   * the verdict would count as a lost change.
   */
  private final AtomicLong progressReports = new AtomicLong();

  private final AtomicLong completed = new AtomicLong();
  private final String completionDate = LocalDate.now().minusDays(1).toString();

  public LoadRunner(Api api, Ledger ledger, Catalogue catalogue, List<String> enrollmentUrls) {
    this.api = api;
    this.ledger = ledger;
    this.pool = new EnrollmentPool(catalogue, catalogue.programs.hashCode());
    this.enrollmentUrls = List.copyOf(enrollmentUrls);
  }

  /** From now on sends only to these instances (a load balancer dropping a dead one). */
  public void retarget(List<String> urls) {
    enrollmentUrls = List.copyOf(urls);
  }

  /** Requests answered so far (any answer), for scenarios that strike mid-load. */
  public long done() {
    return completed.get();
  }

  /**
   * Runs {@code requests} more write requests from {@code clients} threads; returns when all ended.
   * A runner can run again: the next run continues with the pairs this one left.
   */
  public void run(int requests, int clients) throws Exception {
    long last = issued.get() + requests;
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(
            threads.submit(
                () -> {
                  while (issued.incrementAndGet() <= last) {
                    once();
                    completed.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Starts {@link #run} in the background, for scenarios that act while the load runs. */
  public Future<?> start(int requests, int clients) {
    ExecutorService runner = Executors.newSingleThreadExecutor();
    Future<?> future =
        runner.submit(
            () -> {
              run(requests, clients);
              return null;
            });
    runner.shutdown();
    return future;
  }

  private void once() {
    List<String> urls = enrollmentUrls;
    String url = urls.get((int) (issued.get() % urls.size()));
    double r = pool.nextDouble();
    if (r < 0.15 && withdraw(url)) {
      return;
    }
    if (r < 0.30 && complete(url)) {
      return;
    }
    if (r < 0.50 && progress(url)) {
      return;
    }
    if (!enrol(url) && !progress(url)) {
      throw new IllegalStateException("load ran out of programme/participant pairs");
    }
  }

  private boolean enrol(String url) {
    Optional<String[]> pair = pool.nextPair();
    if (pair.isEmpty()) {
      return false;
    }
    String programId = pair.get()[0];
    Api.Reply reply =
        write(
            Change.ENROLMENT,
            programId,
            "POST",
            url + "/programs/" + programId + "/enrollments",
            "{\"participantId\":\"" + pair.get()[1] + "\"}");
    if (reply.ok()) {
      pool.enrolled(reply.field("enrollmentId"), programId, reply.field("status"));
    }
    return true;
  }

  private boolean progress(String url) {
    Optional<EnrollmentPool.Pick> pick = pool.anyConfirmed();
    pick.ifPresent(
        p ->
            write(
                Change.PROGRESS,
                p.programId(),
                "POST",
                url + "/enrollments/" + p.enrollmentId() + "/progress",
                progressFigures(progressReports.incrementAndGet())));
    return pick.isPresent();
  }

  /** Distinct for every report number up to 1,000,000 and within the API's ranges. */
  private static String progressFigures(long report) {
    return "{\"sessionsAttended\":%d,\"hoursAttended\":%d}"
        .formatted(1 + report % 1000, 4 + report / 1000);
  }

  private boolean complete(String url) {
    Optional<EnrollmentPool.Pick> pick = pool.takeConfirmed();
    pick.ifPresent(
        p ->
            write(
                Change.COMPLETION,
                p.programId(),
                "PUT",
                url + "/enrollments/" + p.enrollmentId() + "/completion",
                "{\"outcome\":\"%s\",\"hoursCompleted\":36,\"completionDate\":\"%s\"}"
                    .formatted(
                        issued.get() % 7 == 0 ? "NOT_COMPLETED" : "COMPLETED", completionDate)));
    return pick.isPresent();
  }

  private boolean withdraw(String url) {
    Optional<EnrollmentPool.Pick> pick = pool.takeActive();
    pick.ifPresent(
        p ->
            write(
                Change.WITHDRAWAL,
                p.programId(),
                "POST",
                url + "/enrollments/" + p.enrollmentId() + "/withdrawal",
                "{\"reasonCode\":\"SCHEDULE_CONFLICT\"}"));
    return pick.isPresent();
  }

  private Api.Reply write(Change change, String programId, String method, String url, String json) {
    String correlation = UUID.randomUUID().toString();
    ledger.sent();
    Api.Reply reply =
        method.equals("PUT") ? api.put(url, json, correlation) : api.post(url, json, correlation);
    ledger.answered(reply.status());
    if (reply.ok()) {
      ledger.acknowledged(correlation, change, programId);
    } else if (reply.status() >= 500
        && !(reply.status() == 503 && reply.contentType().startsWith("application/problem+json"))) {
      ledger.badProblem(change + " " + url + " → " + reply.status() + " " + reply.body());
    }
    return reply;
  }
}
