package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;

/** Completed enrolments and their certificates, through the real API, broker and database. */
abstract class CertificateIntegrationTest extends EnrollmentIntegrationTest {

  /** After the sample programme's start (2024-07-01, SampleEvents) and not in the future. */
  static final String COMPLETED_ON = "2024-07-29";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A new programme with one confirmed participant: its enrollment id. */
  String confirmedEnrolment(String programId) {
    Response enrolled = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(enrolled.status()).as(enrolled.raw().body()).isEqualTo(201);
    return enrolled.text("enrollmentId");
  }

  Response recordOutcome(String enrollmentId, String outcome, double hours) {
    Response response =
        api(TestUser.REGISTRAR)
            .put(
                "/enrollments/" + enrollmentId + "/completion",
                Map.of(
                    "outcome", outcome, "hoursCompleted", hours, "completionDate", COMPLETED_ON));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    return response;
  }

  /** A programme, an enrolment completed with {@code hours}: the certificate's number. */
  Completed completedWithCertificate(double hours) {
    String programId = openProgramme(5, Audience.INDUSTRY_WORKER);
    String enrollmentId = confirmedEnrolment(programId);
    recordOutcome(enrollmentId, "COMPLETED", hours);
    List<String> ids = certificateIds(enrollmentId);
    assertThat(ids).hasSize(1);
    return new Completed(programId, enrollmentId, ids.get(0));
  }

  record Completed(String programId, String enrollmentId, String certificateId) {}

  List<String> certificateIds(String enrollmentId) {
    Response list = api(TestUser.REGISTRAR).get("/certificates?enrollmentId=" + enrollmentId);
    assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
    return list.body().valueStream().map(c -> c.get("certificateId").asString()).toList();
  }

  /** Hands the certificate out: the holder's verification code. */
  String handOut(String certificateId) {
    Response handedOut =
        api(TestUser.REGISTRAR).post("/certificates/" + certificateId + "/verification-code", "");
    assertThat(handedOut.status()).as(handedOut.raw().body()).isEqualTo(200);
    return handedOut.text("verificationCode");
  }

  /** Events of the programme's topic partition of these types, in order. */
  List<Published> eventsOf(String programId, Class<?>... types) {
    return published.of(programId).stream()
        .filter(p -> List.of(types).contains(p.event().getClass()))
        .toList();
  }

  /** A GET without the JSON parsing of HttpApi (badges are JWTs), with any headers. */
  HttpResponse<String> rawGet(String path, TestUser user, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (user != null) {
      request.header("Authorization", user.authorization());
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
