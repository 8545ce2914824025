package org.crewtraining.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A withdrawal needs no body, so a cross-site form could send one: without a JSON Content-Type it
 * is 415 and withdraws nothing.
 */
class CrossSiteWritesTest extends EnrollmentIntegrationTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @ParameterizedTest(name = "Content-Type {0}")
  @NullSource
  @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain"})
  void aBodilessWithdrawalWithoutAJsonContentTypeIs415AndWithdrawsNothing(String contentType)
      throws Exception {
    String programId = openProgramme(5, Audience.OPEN);
    String enrollmentId =
        enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)).text("enrollmentId");
    long outbox = outboxRows(programId);

    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port() + "/enrollments/" + enrollmentId + "/withdrawal"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", TestUser.REGISTRAR.authorization())
            .POST(HttpRequest.BodyPublishers.noBody());
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> refused =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(refused.body()).contains("\"code\":\"unsupported-media-type\"");
    assertThat(api.get("/enrollments/" + enrollmentId).text("status")).isEqualTo("CONFIRMED");
    assertThat(outboxRows(programId)).isEqualTo(outbox);
    assertThat(api.post("/enrollments/" + enrollmentId + "/withdrawal", "").text("status"))
        .as("the same request with a JSON Content-Type")
        .isEqualTo("WITHDRAWN");
  }

  private long outboxRows(String programId) {
    return count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);
  }
}
