package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The public-API steps system tests take: a published programme, a participant, an enrolment. */
final class PlatformSteps {

  static final Duration PROPAGATION = Duration.ofSeconds(30);

  private final Platform platform;
  private final Http http;

  PlatformSteps(Platform platform, Http http) {
    this.platform = platform;
    this.http = http;
  }

  String createAndPublishProgramme() {
    LocalDate start = LocalDate.now().minusDays(30);
    Http.Response created =
        http.post(
            platform.programUrl + "/programs",
            Map.ofEntries(
                Map.entry("title", "Netflix x KOCCA Post-production Short Course (system test)"),
                Map.entry("partners", List.of("Netflix", "KOCCA")),
                Map.entry("format", "SHORT_COURSE"),
                Map.entry("track", "POST_PRODUCTION"),
                Map.entry("audience", "INDUSTRY_WORKER"),
                Map.entry("capacity", 20),
                Map.entry("startDate", start.toString()),
                Map.entry("endDate", start.plusDays(20).toString()),
                Map.entry("deliveryMode", "IN_PERSON"),
                Map.entry("cohortYear", start.getYear()),
                Map.entry("plannedHours", 40)));
    assertThat(created.status()).isEqualTo(201);
    String programId = created.body().path("programId").asText();
    assertThat(
            http.post(platform.programUrl + "/programs/" + programId + "/publish", null).status())
        .isEqualTo(200);
    return programId;
  }

  String register(String name, String email) {
    return register(name, email, "INDUSTRY_WORKER", "POST_PRODUCTION");
  }

  String register(String name, String email, String participantType, String craft) {
    Http.Response registered =
        http.post(
            platform.enrollmentUrl + "/participants",
            Map.of(
                "name",
                name,
                "email",
                email,
                "organisation",
                "Studio Dragon (test)",
                "participantType",
                participantType,
                "craft",
                craft,
                "consents",
                java.util.List.of(
                    Map.of("purpose", "TRAINING_ADMINISTRATION", "noticeVersion", "2026-01"))));
    assertThat(registered.status()).isEqualTo(201);
    return registered.body().path("participantId").asText();
  }

  /** enrollment-service opens the programme once it has consumed ProgramPublished. */
  String enrolWhenOpen(String programId, String participantId) {
    String[] enrollmentId = new String[1];
    await()
        .atMost(PROPAGATION)
        .until(
            () -> {
              Http.Response response =
                  http.post(
                      platform.enrollmentUrl + "/programs/" + programId + "/enrollments",
                      Map.of("participantId", participantId));
              if (response.status() == 201) {
                assertThat(response.body().path("status").asText()).isEqualTo("CONFIRMED");
                enrollmentId[0] = response.body().path("enrollmentId").asText();
                return true;
              }
              return false;
            });
    return enrollmentId[0];
  }
}
