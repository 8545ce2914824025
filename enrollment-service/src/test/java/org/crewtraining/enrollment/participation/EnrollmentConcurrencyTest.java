package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.api.Test;

/** Never oversold: 200 simultaneous enrol requests over real HTTP for 10 seats. */
class EnrollmentConcurrencyTest extends EnrollmentIntegrationTest {

  private static final int REQUESTS = 200;
  private static final int SEATS = 10;

  @Test
  void exactlyTheCapacityIsConfirmedAndTheRestWaitInDistinctPositions() throws Exception {
    String programId = openProgramme(SEATS, Audience.OPEN);
    List<String> participants = registerAll();

    List<Response> responses = enrolAllAtOnce(programId, participants);

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
    Map<String, Long> byStatus =
        responses.stream()
            .collect(Collectors.groupingBy(r -> r.text("status"), Collectors.counting()));
    assertThat(byStatus)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("CONFIRMED", (long) SEATS, "WAITLISTED", (long) REQUESTS - SEATS));
    assertThat(
            responses.stream()
                .filter(r -> r.text("status").equals("WAITLISTED"))
                .map(r -> r.body().get("waitlistPosition").asInt()))
        .containsExactlyInAnyOrderElementsOf(rangeClosed(REQUESTS - SEATS));

    assertThat(
            count(
                "SELECT count(*) FROM enrollment WHERE program_id = ? AND status = 'CONFIRMED'",
                programId))
        .isEqualTo(SEATS);
    assertThat(waitlistPositions(programId))
        .containsExactlyElementsOf(rangeClosed(REQUESTS - SEATS));
    assertThat(
            count(
                "SELECT count(*) FROM program_view WHERE program_id = ?"
                    + " AND seats_taken = ? AND waitlist_length = ?",
                programId,
                SEATS,
                REQUESTS - SEATS))
        .as("the programme row's counters")
        .isEqualTo(1);
    assertThat(api.get("/programs/" + programId + "/roster").body()).hasSize(SEATS);
    assertThat(api.get("/programs/" + programId + "/waitlist").body()).hasSize(REQUESTS - SEATS);

    List<Published> events = published.of(programId);
    assertThat(events).hasSize(REQUESTS);
    List<EnrollmentConfirmed> confirmed =
        events.stream()
            .map(Published::event)
            .filter(EnrollmentConfirmed.class::isInstance)
            .map(EnrollmentConfirmed.class::cast)
            .toList();
    List<EnrollmentWaitlisted> waitlisted =
        events.stream()
            .map(Published::event)
            .filter(EnrollmentWaitlisted.class::isInstance)
            .map(EnrollmentWaitlisted.class::cast)
            .toList();
    assertThat(confirmed).hasSize(SEATS);
    assertThat(waitlisted)
        .extracting(EnrollmentWaitlisted::getPosition)
        .as("published in commit order, so positions arrive 1, 2, 3 ...")
        .containsExactlyElementsOf(rangeClosed(REQUESTS - SEATS));
    assertThat(confirmed)
        .extracting(EnrollmentConfirmed::getEnrollmentId)
        .containsExactlyInAnyOrderElementsOf(
            responses.stream()
                .filter(r -> r.text("status").equals("CONFIRMED"))
                .map(r -> r.text("enrollmentId"))
                .toList());
  }

  private List<Response> enrolAllAtOnce(String programId, List<String> participants)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (String participant : participants) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return enrol(programId, participant);
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Half industry workers, half students: the programme is OPEN. */
  private List<String> registerAll() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> registrations =
          IntStream.range(0, REQUESTS)
              .mapToObj(
                  i ->
                      (Callable<String>)
                          () ->
                              registerParticipant(
                                  i % 2 == 0
                                      ? ParticipantType.INDUSTRY_WORKER
                                      : ParticipantType.UNIVERSITY_STUDENT))
              .toList();
      List<String> ids = new ArrayList<>();
      for (Future<String> id : pool.invokeAll(registrations)) {
        ids.add(id.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> rangeClosed(int last) {
    return IntStream.rangeClosed(1, last).boxed().toList();
  }
}
