package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 across the three services: a programme that selects by application is set up in
 * program-service; in enrollment-service crew and students apply within the window, registrars
 * review, a selection run fills three seats by score within a student quota, and applicants answer
 * their offers with their codes, without an account. A declined student seat goes to the next
 * student of the reserve, ahead of a better-scored industry worker, because the quota's minimum
 * would otherwise be unmet. reporting-service folds the same story.
 */
class ApplicationToSeatSystemTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static Platform platform;
  private final Http http = new Http();
  private final Http applicant = Http.anonymous();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void applyReviewSelectByQuotaOfferDeclineReserveAccept() {
    Instant closes = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
    String programId = createProgramme(closes);
    PlatformSteps steps = new PlatformSteps(platform, http);

    String worker1 = apply(programId, register(steps, "INDUSTRY_WORKER", "VFX"));
    String worker2 = apply(programId, register(steps, "INDUSTRY_WORKER", "EDITING"));
    String worker3 = apply(programId, register(steps, "INDUSTRY_WORKER", "SOUND"));
    String student1 = apply(programId, register(steps, "UNIVERSITY_STUDENT", "VFX"));
    String student2 = apply(programId, register(steps, "UNIVERSITY_STUDENT", "DIRECTING"));
    String rejected = apply(programId, register(steps, "INDUSTRY_WORKER", "OTHER"));

    Http.Response direct =
        http.post(
            platform.enrollmentUrl + "/programs/" + programId + "/enrollments",
            Map.of("participantId", register(steps, "INDUSTRY_WORKER", "VFX")));
    assertThat(direct.status()).isEqualTo(409);
    assertThat(direct.body().path("code").asText()).isEqualTo("programme-selects-by-application");

    shortlist(worker1, 90);
    shortlist(worker2, 80);
    shortlist(worker3, 70);
    shortlist(student1, 60);
    shortlist(student2, 50);
    review(rejected, Map.of("decision", "REJECTED", "reasonCode", "NOT_ELIGIBLE"));

    await("the application window closes")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Instant.now().isAfter(closes));
    Http.Response proposal =
        http.post(platform.enrollmentUrl + "/programs/" + programId + "/selection-runs", null);
    assertThat(proposal.status()).as(String.valueOf(proposal.body())).isEqualTo(201);
    assertThat(ids(proposal.body().path("offers")))
        .containsExactlyInAnyOrder(student1, worker1, worker2);
    assertThat(ids(proposal.body().path("reserve"))).containsExactly(worker3, student2);
    String selectionId = proposal.body().path("selectionId").asText();
    Http.Response confirmed =
        http.post(
            platform.enrollmentUrl
                + "/programs/"
                + programId
                + "/selection-runs/"
                + selectionId
                + "/confirmation",
            null);
    assertThat(confirmed.status()).as(String.valueOf(confirmed.body())).isEqualTo(200);

    String code1 = offerCode(worker1);
    Http.Response someoneElses = answer(worker2, "acceptance", code1);
    assertThat(someoneElses.status()).isEqualTo(403);
    assertThat(someoneElses.body().path("code").asText()).isEqualTo("offer-code-invalid");

    assertThat(answer(worker1, "acceptance", code1).status()).isEqualTo(200);
    assertThat(answer(student1, "decline", offerCode(student1)).status()).isEqualTo(200);
    // the student minimum is unmet again: the reserve's student, not the better-scored worker
    assertThat(application(student2).path("status").asText()).isEqualTo("OFFERED");
    assertThat(application(worker3).path("status").asText()).isEqualTo("RESERVE");
    assertThat(answer(student2, "acceptance", offerCode(student2)).status()).isEqualTo(200);
    assertThat(answer(worker2, "acceptance", offerCode(worker2)).status()).isEqualTo(200);

    Http.Response roster = http.get(platform.enrollmentUrl + "/programs/" + programId + "/roster");
    assertThat(roster.status()).isEqualTo(200);
    assertThat(roster.body().valueStream().map(e -> e.path("status").asText()).toList())
        .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED");

    // reporting folds the same story: six applications, three offers by selection and one from
    // the reserve, three accepted, one declined; the student minimum met by the reserve's student
    await()
        .atMost(PlatformSteps.PROPAGATION)
        .untilAsserted(
            () -> {
              JsonNode selection =
                  http.get(platform.reportingUrl + "/api/programs/" + programId + "/selection")
                      .body();
              JsonNode figures = selection.path("figures");
              assertThat(selection.path("admissionMode").asText()).isEqualTo("APPLICATION");
              assertThat(figures.path("submitted").asLong()).isEqualTo(6);
              assertThat(figures.path("shortlisted").asLong()).isEqualTo(5);
              assertThat(figures.path("rejected").asLong()).isEqualTo(1);
              assertThat(figures.path("offersBySelection").asLong()).isEqualTo(3);
              assertThat(figures.path("offersFromReserve").asLong()).isEqualTo(1);
              assertThat(figures.path("offersAccepted").asLong()).isEqualTo(3);
              assertThat(figures.path("offersDeclined").asLong()).isEqualTo(1);
              assertThat(figures.path("selectionRate").asDouble()).isEqualTo(0.6667);
              assertThat(figures.path("offerAcceptanceRate").asDouble()).isEqualTo(0.75);
              JsonNode studentQuota = selection.path("quotas").get(0);
              assertThat(studentQuota.path("participantType").asText())
                  .isEqualTo("UNIVERSITY_STUDENT");
              assertThat(studentQuota.path("confirmed").asLong()).isEqualTo(1);
              assertThat(studentQuota.path("minimumMet").asBoolean()).isTrue();
              assertThat(
                      http.get(platform.reportingUrl + "/api/programs/" + programId)
                          .body()
                          .path("figures")
                          .path("confirmed")
                          .asLong())
                  .isEqualTo(3);
            });
  }

  private String createProgramme(Instant closes) {
    LocalDate start = LocalDate.now(SEOUL).plusDays(60);
    Http.Response created =
        http.post(
            platform.programUrl + "/programs",
            Map.ofEntries(
                Map.entry(
                    "title", "KOCCA VFX Compositing Lab (system test " + UUID.randomUUID() + ")"),
                Map.entry("partners", List.of("KOCCA", "Netflix")),
                Map.entry("format", "SHORT_COURSE"),
                Map.entry("track", "VFX"),
                Map.entry("audience", "OPEN"),
                Map.entry("capacity", 3),
                Map.entry("startDate", start.toString()),
                Map.entry("endDate", start.plusDays(5).toString()),
                Map.entry("deliveryMode", "IN_PERSON"),
                Map.entry("cohortYear", start.getYear())));
    assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    String programId = created.body().path("programId").asText();
    Map<String, Object> admission = new LinkedHashMap<>();
    admission.put("mode", "APPLICATION");
    admission.put(
        "applicationsOpenAt",
        closes.minus(Duration.ofHours(1)).atZone(SEOUL).toOffsetDateTime().toString());
    admission.put("applicationsCloseAt", closes.atZone(SEOUL).toOffsetDateTime().toString());
    admission.put("questions", List.of("MOTIVATION", "PORTFOLIO_LINK"));
    admission.put(
        "quotas",
        List.of(Map.of("participantType", "UNIVERSITY_STUDENT", "minSeats", 1, "maxSeats", 2)));
    admission.put("offerValidityHours", 48);
    Http.Response set =
        http.put(platform.programUrl + "/programs/" + programId + "/admission", admission);
    assertThat(set.status()).as(String.valueOf(set.body())).isEqualTo(200);
    assertThat(
            http.post(platform.programUrl + "/programs/" + programId + "/publish", null).status())
        .isEqualTo(200);
    return programId;
  }

  private static String register(PlatformSteps steps, String type, String craft) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return steps.register("Applicant " + id, "applicant." + id + "@example.org", type, craft);
  }

  /** enrollment-service takes applications once it has consumed ProgramPublished. */
  private String apply(String programId, String participantId) {
    Map<String, Object> body =
        Map.of(
            "participantId",
            participantId,
            "answers",
            Map.of(
                "MOTIVATION",
                "Compositing for streaming series is what I want to do next.",
                "PORTFOLIO_LINK",
                "https://portfolio.example.org/" + participantId));
    return await()
        .atMost(PlatformSteps.PROPAGATION)
        .until(
            () ->
                http.post(
                    platform.enrollmentUrl + "/programs/" + programId + "/applications", body),
            r -> r.status() == 201)
        .body()
        .path("applicationId")
        .asText();
  }

  private void shortlist(String applicationId, int score) {
    review(applicationId, Map.of("decision", "SHORTLISTED", "score", score));
  }

  private void review(String applicationId, Map<String, Object> review) {
    Http.Response reviewed =
        http.put(platform.enrollmentUrl + "/applications/" + applicationId + "/review", review);
    assertThat(reviewed.status()).as(String.valueOf(reviewed.body())).isEqualTo(200);
  }

  private JsonNode application(String applicationId) {
    Http.Response read = http.get(platform.enrollmentUrl + "/applications/" + applicationId);
    assertThat(read.status()).isEqualTo(200);
    return read.body();
  }

  private String offerCode(String applicationId) {
    return application(applicationId).path("offer").path("offerCode").asText();
  }

  private Http.Response answer(String applicationId, String answer, String code) {
    return applicant.post(
        platform.enrollmentUrl + "/public/offers/" + applicationId + "/" + answer,
        Map.of("offerCode", code));
  }

  private static List<String> ids(JsonNode rows) {
    return rows.valueStream().map(r -> r.path("applicationId").asText()).toList();
  }
}
