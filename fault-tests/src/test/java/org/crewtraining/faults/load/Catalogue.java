package org.crewtraining.faults.load;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A scenario's own published programmes and registered participants, created through the APIs
 * before any fault is injected. Programmes are the scenario's own so its read-model figures can be
 * told apart from earlier scenarios'.
 */
public final class Catalogue {

  public final List<String> programs = new ArrayList<>();
  public final List<String> participants = new ArrayList<>();
  public final int capacity;

  private Catalogue(int capacity) {
    this.capacity = capacity;
  }

  /**
   * @param capacity seats per programme: below the expected enrolments, so some are waitlisted and
   *     withdrawals promote
   */
  public static Catalogue create(
      Api api,
      Ledger ledger,
      String programUrl,
      String enrollmentUrl,
      String tag,
      int programCount,
      int capacity,
      int participantCount)
      throws Exception {
    Catalogue catalogue = new Catalogue(capacity);
    LocalDate today = LocalDate.now();
    for (int i = 0; i < programCount; i++) {
      String body =
          """
          {"title":"Fault scenario %s programme %d","partners":["Netflix","KOCCA"],
           "format":"SHORT_COURSE","track":"POST_PRODUCTION","audience":"OPEN","capacity":%d,
           "startDate":"%s","endDate":"%s","deliveryMode":"HYBRID","cohortYear":%d,
           "plannedHours":40}"""
              .formatted(
                  tag, i, capacity, today.minusDays(30), today.plusDays(30), today.getYear());
      String id = write(api, ledger, programUrl + "/programs", body, Change.PROGRAM_CREATED, null);
      write(
          api,
          ledger,
          programUrl + "/programs/" + id + "/publish",
          null,
          Change.PROGRAM_PUBLISHED,
          id);
      catalogue.programs.add(id);
      ledger.program(id);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < participantCount; i++) {
        String body =
            """
            {"name":"Crew %s %d","email":"crew-%s-%d@example.org","organisation":"Faults",
             "participantType":"INDUSTRY_WORKER","craft":"EDITING",
             "consents":[{"purpose":"TRAINING_ADMINISTRATION","noticeVersion":"2026-01"}]}"""
                .formatted(tag, i, tag, i);
        ids.add(pool.submit(() -> register(api, enrollmentUrl, body)));
      }
      for (Future<String> id : ids) {
        catalogue.participants.add(id.get());
      }
    } finally {
      pool.shutdown();
    }
    // enrollment-service learns programmes from the bus: enrolling before would be a 404/409.
    for (String id : catalogue.programs) {
      await("enrollment-service sees " + id + " published")
          .atMost(Duration.ofSeconds(120))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> "PUBLISHED".equals(api.get(enrollmentUrl + "/programs/" + id).field("status")));
    }
    return catalogue;
  }

  /** A set-up change, retried until acknowledged (no fault is running yet). */
  private static String write(
      Api api, Ledger ledger, String url, String body, Change change, String programId) {
    String correlation = UUID.randomUUID().toString();
    Api.Reply reply =
        await("set-up " + url)
            .atMost(Duration.ofSeconds(60))
            .pollDelay(Duration.ZERO) // first try at once; Awaitility waits a poll interval first
            .pollInterval(Duration.ofMillis(500))
            .until(() -> api.post(url, body, correlation), Api.Reply::ok);
    String id = programId != null ? programId : reply.field("programId");
    ledger.sent();
    ledger.answered(reply.status());
    ledger.acknowledged(correlation, change, id);
    return id;
  }

  private static String register(Api api, String enrollmentUrl, String body) {
    return await("participant registration")
        .atMost(Duration.ofSeconds(60))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api.post(enrollmentUrl + "/participants", body, null), Api.Reply::ok)
        .field("participantId");
  }
}
