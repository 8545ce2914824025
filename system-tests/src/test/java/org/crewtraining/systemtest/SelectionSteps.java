package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The public-API steps of seats by application: a programme with an admission, applicants who apply
 * and are reviewed, a selection proposed and confirmed, offers answered with their codes without an
 * account. Each enrollment-service step names the instance it is sent to.
 */
final class SelectionSteps {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private final Platform platform;
  private final Http http;
  private final Http applicant = Http.anonymous();
  private final PlatformSteps steps;

  SelectionSteps(Platform platform, Http http) {
    this.platform = platform;
    this.http = http;
    this.steps = new PlatformSteps(platform, http);
  }

  /**
   * A programme starting in two months whose applications close at {@code closes}, asking
   * MOTIVATION and PORTFOLIO_LINK, with these quotas and offers that stand 48 hours; published.
   */
  String programmeByApplication(int capacity, Instant closes, List<Map<String, Object>> quotas) {
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
                Map.entry("capacity", capacity),
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
    admission.put("quotas", quotas);
    admission.put("offerValidityHours", 48);
    Http.Response set =
        http.put(platform.programUrl + "/programs/" + programId + "/admission", admission);
    assertThat(set.status()).as(String.valueOf(set.body())).isEqualTo(200);
    assertThat(
            http.post(platform.programUrl + "/programs/" + programId + "/publish", null).status())
        .isEqualTo(200);
    return programId;
  }

  static Map<String, Object> typeQuota(String participantType, int min, int max) {
    return Map.of("participantType", participantType, "minSeats", min, "maxSeats", max);
  }

  String register(String type, String craft) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return steps.register("Applicant " + id, "applicant." + id + "@example.org", type, craft);
  }

  /** The instance takes applications once it has consumed ProgramPublished. */
  String apply(String enrollmentUrl, String programId, String participantId) {
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
            () -> http.post(enrollmentUrl + "/programs/" + programId + "/applications", body),
            r -> r.status() == 201)
        .body()
        .path("applicationId")
        .asText();
  }

  void shortlist(String enrollmentUrl, String applicationId, int score) {
    review(enrollmentUrl, applicationId, Map.of("decision", "SHORTLISTED", "score", score));
  }

  void review(String enrollmentUrl, String applicationId, Map<String, Object> review) {
    Http.Response reviewed =
        http.put(enrollmentUrl + "/applications/" + applicationId + "/review", review);
    assertThat(reviewed.status()).as(String.valueOf(reviewed.body())).isEqualTo(200);
  }

  static void awaitClosed(Instant closes) {
    await("the application window closes")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Instant.now().isAfter(closes));
  }

  JsonNode propose(String enrollmentUrl, String programId) {
    Http.Response proposal =
        http.post(enrollmentUrl + "/programs/" + programId + "/selection-runs", null);
    assertThat(proposal.status()).as(String.valueOf(proposal.body())).isEqualTo(201);
    return proposal.body();
  }

  void confirm(String enrollmentUrl, String programId, String selectionId) {
    Http.Response confirmed =
        http.post(
            enrollmentUrl
                + "/programs/"
                + programId
                + "/selection-runs/"
                + selectionId
                + "/confirmation",
            null);
    assertThat(confirmed.status()).as(String.valueOf(confirmed.body())).isEqualTo(200);
  }

  JsonNode application(String enrollmentUrl, String applicationId) {
    Http.Response read = http.get(enrollmentUrl + "/applications/" + applicationId);
    assertThat(read.status()).isEqualTo(200);
    return read.body();
  }

  String offerCode(String enrollmentUrl, String applicationId) {
    return application(enrollmentUrl, applicationId).path("offer").path("offerCode").asText();
  }

  /** The applicant's answer ({@code acceptance} or {@code decline}), without an account. */
  Http.Response answer(String enrollmentUrl, String applicationId, String answer, String code) {
    return applicant.post(
        enrollmentUrl + "/public/offers/" + applicationId + "/" + answer,
        Map.of("offerCode", code));
  }

  /** The programme's applications in this status. */
  List<JsonNode> applications(String enrollmentUrl, String programId, String status) {
    Http.Response list =
        http.get(enrollmentUrl + "/programs/" + programId + "/applications?status=" + status);
    assertThat(list.status()).as(String.valueOf(list.body())).isEqualTo(200);
    JsonNode rows = list.body().has("items") ? list.body().path("items") : list.body();
    return rows.valueStream().toList();
  }

  static List<String> ids(JsonNode rows) {
    return rows.valueStream().map(r -> r.path("applicationId").asText()).toList();
  }
}
