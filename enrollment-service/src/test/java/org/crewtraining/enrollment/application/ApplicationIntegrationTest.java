package org.crewtraining.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.SeatQuota;

/** Programmes that select by application, and applying to them over HTTP. */
abstract class ApplicationIntegrationTest extends EnrollmentIntegrationTest {

  static final String MOTIVATION = "VFX 파이프라인을 실무 수준으로 배우고 싶습니다.";
  static final String PORTFOLIO = "https://portfolio.example.kr/jisu";

  /** The window is open now (real clock): it opened an hour ago and closes in an hour. */
  String openForApplications(Audience audience) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return byApplication(audience, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
  }

  String byApplication(Audience audience, Instant opens, Instant closes) {
    return openByApplication(
        10,
        audience,
        new Admission(
            opens,
            closes,
            List.of(ApplicationQuestion.MOTIVATION, ApplicationQuestion.PORTFOLIO_LINK),
            List.of(new SeatQuota(ParticipantType.UNIVERSITY_STUDENT, null, 2, 6)),
            72));
  }

  static Map<String, String> answers() {
    return Map.of("MOTIVATION", MOTIVATION, "PORTFOLIO_LINK", PORTFOLIO);
  }

  HttpApi.Response apply(String programId, String participantId, Map<String, String> answers) {
    return api.post(
        "/programs/" + programId + "/applications",
        Map.of("participantId", participantId, "answers", answers));
  }

  String applied(String programId, String participantId) {
    HttpApi.Response response = apply(programId, participantId, answers());
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("applicationId");
  }

  HttpApi.Response review(String applicationId, Map<String, Object> body) {
    return api.put("/applications/" + applicationId + "/review", body);
  }

  HttpApi.Response withdraw(String applicationId, Object body) {
    return api.post("/applications/" + applicationId + "/withdrawal", body);
  }

  long applicationRows(String programId) {
    return count("SELECT count(*) FROM application WHERE program_id = ?", programId);
  }

  static void assertProblem(HttpApi.Response response, int status, String code) {
    assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("code")).isEqualTo(code);
  }

  static void assertInvalidField(HttpApi.Response response, String field) {
    assertProblem(response, 400, "invalid-request");
    assertThat(response.body().get("errors").findValuesAsString("field")).contains(field);
  }
}
