package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.api.Test;

/** One application per participant, also when the same one arrives many times at once. */
class ApplicationConcurrencyTest extends ApplicationIntegrationTest {

  private static final int REQUESTS = 12;

  @Test
  void simultaneousApplicationsOfOneParticipantMakeOneApplication() throws Exception {
    String programId = openForApplications(Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    List<HttpApi.Response> responses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpApi.Response>> futures = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return apply(programId, participant, answers());
                }));
      }
      start.countDown();
      for (Future<HttpApi.Response> f : futures) {
        responses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    Map<Integer, Long> byStatus =
        responses.stream()
            .collect(Collectors.groupingBy(HttpApi.Response::status, Collectors.counting()));
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, REQUESTS - 1L));
    String applicationId =
        responses.stream()
            .filter(r -> r.status() == 201)
            .findFirst()
            .orElseThrow()
            .text("applicationId");
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(
            r -> {
              assertThat(r.text("code")).isEqualTo("already-applied");
              assertThat(r.text("applicationId")).isEqualTo(applicationId);
            });
    assertThat(applicationRows(programId)).isEqualTo(1);
    assertThat(published.of(programId)).hasSize(1);
  }
}
