package org.crewtraining.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Data the HTTP benchmarks need, created through the public APIs: published OPEN programmes with
 * room for everybody (so every enrolment is CONFIRMED and counts as "enrolled" in reporting) and
 * registered participants. Enrolments are handed out as (programme, participant) pairs, each once.
 */
final class BenchSetup {

  static final String PROGRAM = "http://127.0.0.1:18081";
  static final String ENROLLMENT = "http://127.0.0.1:18082";
  static final String REPORTING = "http://127.0.0.1:18083";

  /** Actuator of each service: its management port (bin/bench: 18091-18093). */
  static final String ENROLLMENT_MANAGEMENT = "http://127.0.0.1:18092";

  static final String REPORTING_MANAGEMENT = "http://127.0.0.1:18093";

  final List<String> programs = new ArrayList<>();
  final List<String> participants = new ArrayList<>();
  private int next;

  static BenchSetup create(Http http, int programCount, int participantCount) throws Exception {
    BenchSetup setup = new BenchSetup();
    long started = System.nanoTime();
    for (int i = 0; i < programCount; i++) {
      String body =
          """
          {"title":"Bench programme %d","partners":["Netflix","KOCCA"],"format":"SHORT_COURSE",
           "track":"POST_PRODUCTION","audience":"OPEN","capacity":10000,"startDate":"2025-03-03",
           "endDate":"2025-03-31","deliveryMode":"HYBRID","cohortYear":2025,"plannedHours":40}"""
              .formatted(i);
      String id = Http.field(http.post(PROGRAM + "/programs", body, 201), "programId");
      http.post(PROGRAM + "/programs/" + id + "/publish", "", 200);
      setup.programs.add(id);
    }
    // Registration is not what is measured: a few parallel clients keep set-up short.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> ids = new ArrayList<>();
    for (int i = 0; i < participantCount; i++) {
      int n = i;
      ids.add(
          pool.submit(
              () ->
                  Http.field(
                      http.post(
                          ENROLLMENT + "/participants",
                          """
                          {"name":"Bench %d","email":"bench-%d-%d@example.org","organisation":"Bench",
                           "participantType":"INDUSTRY_WORKER","craft":"EDITING",
                           "consents":[{"purpose":"TRAINING_ADMINISTRATION","noticeVersion":"2026-01"}]}"""
                              .formatted(n, n, started),
                          201),
                      "participantId")));
    }
    for (Future<String> id : ids) {
      setup.participants.add(id.get());
    }
    pool.shutdown();
    // enrollment-service learns programmes from the bus; enrolment before that would be a 404/409.
    for (String id : setup.programs) {
      long deadline = System.currentTimeMillis() + 60_000;
      while (true) {
        try {
          if ("PUBLISHED".equals(Http.field(http.get(ENROLLMENT + "/programs/" + id), "status"))) {
            break;
          }
        } catch (RuntimeException notYet) {
          // 404 until the ProgramCreated arrived
        }
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException("enrollment-service never saw " + id + " published");
        }
        Thread.sleep(100);
      }
    }
    System.out.printf(
        "set-up: %d programmes, %d participants in %.1f s%n",
        programCount, participantCount, (System.nanoTime() - started) / 1e9);
    return setup;
  }

  /** The next unused (programme, participant) pair; programmes rotate fastest. */
  synchronized String[] nextPair() {
    int n = next++;
    int p = n % programs.size();
    int q = n / programs.size();
    if (q >= participants.size()) {
      throw new IllegalStateException("set-up too small for this many enrolments");
    }
    return new String[] {programs.get(p), participants.get(q)};
  }
}
