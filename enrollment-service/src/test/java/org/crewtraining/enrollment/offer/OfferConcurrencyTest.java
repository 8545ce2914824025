package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 300 applicants for 30 seats with quotas. In rounds, the outstanding offers are accepted, declined
 * or left to expire from many threads at once, while the clock jumps past their deadline mid-round
 * and two callers of the expiry job (besides the scheduled one) release and re-offer seats: exactly
 * 30 end confirmed, within the quotas, and the topic tells the same story as the database.
 */
class OfferConcurrencyTest extends OfferIntegrationTest {

  private static final int APPLICANTS = 300;
  private static final int SEATS = 30;
  private static final int STUDENTS_MIN = 10;
  private static final int STUDENTS_MAX = 18;
  private static final int VFX_MAX = 12;
  private static final List<CraftTrack> CRAFTS =
      List.of(CraftTrack.VFX, CraftTrack.SOUND, CraftTrack.EDITING, CraftTrack.VFX);

  @Autowired OfferExpiryJob job;

  private ExecutorService pool;
  private final AtomicInteger lateAnswers = new AtomicInteger();

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(16);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void exactlyTheSeatsAreConfirmedWithinTheQuotasWhileOffersExpireAndAreReoffered()
      throws Exception {
    String programId =
        closedForApplications(
            SEATS,
            typeQuota(
                org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT,
                STUDENTS_MIN,
                STUDENTS_MAX),
            craftQuota(CraftTrack.VFX, 0, VFX_MAX));
    applyAll(programId);
    select(programId);

    Random decisions = new Random(18);
    Map<String, Integer> accepted = new ConcurrentHashMap<>();
    AtomicInteger rounds = new AtomicInteger();
    for (List<Outstanding> outstanding = outstanding(programId);
        !outstanding.isEmpty();
        outstanding = outstanding(programId)) {
      assertThat(rounds.incrementAndGet()).as("rounds").isLessThan(100);
      playRound(outstanding, decisions, accepted);
      // What the round left outstanding past its deadline goes to the reserve.
      while (job.releaseExpired() > 0) {
        // until no programme is left with expired offers
      }
    }

    long confirmed =
        count(
            "SELECT count(*) FROM enrollment WHERE program_id = ? AND status = 'CONFIRMED'",
            programId);
    assertThat(confirmed).isEqualTo(SEATS);
    assertThat(accepted.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SEATS);
    assertThat(count("SELECT seats_taken FROM program_view WHERE program_id = ?", programId))
        .isEqualTo(SEATS);
    Map<String, Long> byQuota =
        jdbc
            .sql(
                "SELECT p.participant_type, p.craft FROM enrollment e JOIN participant p"
                    + " ON p.participant_id = e.participant_id"
                    + " WHERE e.program_id = ? AND e.status = 'CONFIRMED'")
            .param(programId)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    assertThat(byQuota.getOrDefault("UNIVERSITY_STUDENT", 0L))
        .isBetween((long) STUDENTS_MIN, (long) STUDENTS_MAX);
    assertThat(byQuota.getOrDefault("VFX", 0L)).isLessThanOrEqualTo(VFX_MAX);
    assertThat(
            count(
                "SELECT count(*) FROM application WHERE program_id = ? AND status = 'OFFERED'",
                programId))
        .isZero();

    // The run did exercise what it claims: declines, expiries and re-offers from the reserve.
    for (String released : List.of("DECLINED", "EXPIRED")) {
      assertThat(
              count(
                  "SELECT count(*) FROM application WHERE program_id = ? AND status = ?",
                  programId,
                  released))
          .as(released)
          .isPositive();
    }
    assertThat(lateAnswers.get())
        .as("answers that lost the race against the deadline")
        .isPositive();
    assertEventsAgreeWithTheDatabase(programId);
  }

  /** Every offer gets one answer (or none, and expires), all at once, racing a clock jump. */
  private void playRound(
      List<Outstanding> outstanding, Random decisions, Map<String, Integer> accepted)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < outstanding.size(); i++) {
      int decision = decisions.nextInt(10);
      answers.add(decision < 5 ? "acceptance" : decision < 7 ? "decline" : null);
    }
    // The clock jumps once half the answers are in: the rest race it (and the expiry job).
    CountDownLatch halfAnswered =
        new CountDownLatch((int) (answers.stream().filter(a -> a != null).count() + 1) / 2);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < outstanding.size(); i++) {
      Outstanding offer = outstanding.get(i);
      String answer = answers.get(i);
      if (answer == null) {
        continue; // never answered: it expires
      }
      tasks.add(
          () -> {
            start.await();
            try {
              HttpApi.Response response = answer(offer.applicationId(), answer, offer.code());
              if (response.status() == 200 && answer.equals("acceptance")) {
                accepted.merge(offer.applicationId(), 1, Integer::sum);
              } else if (response.status() != 200) {
                // Too late: the clock jumped past the deadline before this answer got its turn.
                lateAnswers.incrementAndGet();
                assertThat(response.status()).as(response.raw().body()).isEqualTo(409);
                assertThat(response.text("code")).isEqualTo("offer-expired");
              }
            } finally {
              halfAnswered.countDown();
            }
            return null;
          });
    }
    tasks.add(
        0,
        () -> {
          halfAnswered.await();
          clock.advance(Duration.ofHours(VALIDITY_HOURS).plusMinutes(1));
          return null;
        });
    for (int caller = 0; caller < 2; caller++) {
      tasks.add(
          () -> {
            start.await();
            for (int i = 0; i < 20; i++) {
              job.releaseExpired();
            }
            return null;
          });
    }
    List<Future<Void>> futures = new ArrayList<>();
    for (Callable<Void> task : tasks) {
      futures.add(pool.submit(task));
    }
    start.countDown();
    for (Future<Void> f : futures) {
      f.get();
    }
  }

  private void assertEventsAgreeWithTheDatabase(String programId) {
    List<Object> events =
        published.of(programId).stream().map(Published::event).map(e -> (Object) e).toList();
    Map<String, Long> offered = countBy(events, SeatOffered.class, SeatOffered::getApplicationId);
    Map<String, String> released =
        events.stream()
            .filter(SeatDeclined.class::isInstance)
            .map(SeatDeclined.class::cast)
            .collect(
                Collectors.toMap(
                    SeatDeclined::getApplicationId, d -> d.getRelease().name(), (x, y) -> "TWICE"));
    Map<String, String> confirmedEnrolment =
        events.stream()
            .filter(EnrollmentConfirmed.class::isInstance)
            .map(EnrollmentConfirmed.class::cast)
            .collect(
                Collectors.toMap(
                    EnrollmentConfirmed::getApplicationId,
                    EnrollmentConfirmed::getEnrollmentId,
                    (x, y) -> "TWICE"));
    assertThat(offered.values())
        .as("an application is offered a seat at most once")
        .allMatch(n -> n == 1);
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT application_id, status, offered_at IS NOT NULL AS offered, enrollment_id"
                    + " FROM application WHERE program_id = ?")
            .param(programId)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(APPLICANTS);
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("application_id");
      String status = (String) row.get("status");
      assertThat(offered.containsKey(id)).as(id + " offered").isEqualTo(row.get("offered"));
      assertThat(released.get(id))
          .as(id + " released")
          .isEqualTo(status.equals("DECLINED") || status.equals("EXPIRED") ? status : null);
      assertThat(confirmedEnrolment.get(id))
          .as(id + " confirmed")
          .isEqualTo(row.get("enrollment_id"));
    }
    assertThat(confirmedEnrolment).hasSize(SEATS);
  }

  private static <T> Map<String, Long> countBy(
      List<Object> events, Class<T> type, java.util.function.Function<T, String> key) {
    return events.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private List<Outstanding> outstanding(String programId) {
    return jdbc.sql(
            "SELECT application_id, offer_code FROM application WHERE program_id = ?"
                + " AND status = 'OFFERED' ORDER BY application_id")
        .param(programId)
        .query((rs, n) -> new Outstanding(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** Registers and shortlists the applicants, a third of them students, VFX every other. */
  private void applyAll(String programId) throws Exception {
    Random scores = new Random(300);
    List<Future<String>> applied = new ArrayList<>();
    for (int i = 0; i < APPLICANTS; i++) {
      ParticipantType type =
          i % 3 == 0 ? ParticipantType.UNIVERSITY_STUDENT : ParticipantType.INDUSTRY_WORKER;
      CraftTrack craft = CRAFTS.get(i % CRAFTS.size());
      int score = scores.nextInt(101);
      applied.add(pool.submit(() -> shortlisted(programId, type, craft, score)));
    }
    for (Future<String> f : applied) {
      f.get();
    }
  }

  private record Outstanding(String applicationId, String code) {}
}
