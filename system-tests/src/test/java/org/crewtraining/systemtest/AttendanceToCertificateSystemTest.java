package org.crewtraining.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 across the three services: a programme's sessions are scheduled in program-service,
 * attendance is taken per session in enrollment-service, closing the programme completes each
 * enrolment by the published rule and issues certificates, which a visitor without an account
 * verifies — valid, then revoked — and whose Open Badges credential verifies with the published
 * key.
 */
class AttendanceToCertificateSystemTest {

  private static Platform platform;
  private final Http http = new Http();
  private final Http visitor = Http.anonymous();

  @BeforeAll
  static void startPlatform() {
    platform = Platform.shared();
  }

  @Test
  void sessionsAttendanceCloseRuleCompletionCertificateVerifiedThenRevoked() throws Exception {
    LocalDate start = LocalDate.now().minusDays(30);
    String title = "KOFIC Colour Grading Intensive (system test " + UUID.randomUUID() + ")";
    String programId = createProgramme(title, start);
    String first = schedule(programId, start.plusDays(1));
    String second = schedule(programId, start.plusDays(2));
    assertThat(
            http.put(
                    platform.programUrl + "/programs/" + programId + "/completion-rule",
                    Map.of("minAttendedPercent", 80))
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(platform.programUrl + "/programs/" + programId + "/publish", null).status())
        .isEqualTo(200);

    PlatformSteps steps = new PlatformSteps(platform, http);
    String holderName = "Park Ji-ho " + UUID.randomUUID().toString().substring(0, 6);
    String full = steps.enrolWhenOpen(programId, register(steps, holderName));
    String late = steps.enrolWhenOpen(programId, register(steps, "Lee Min-ji"));
    String half = steps.enrolWhenOpen(programId, register(steps, "Choi Dae-hyun"));

    // 180 contact minutes each: full 360, late 150 + 180 = 330 (91.7 %), half 180 (50 %)
    recordWhenKnown(
        programId,
        first,
        List.of(
            entry(full, "PRESENT", null), entry(late, "LATE", 30), entry(half, "PRESENT", null)));
    recordWhenKnown(
        programId,
        second,
        List.of(
            entry(full, "PRESENT", null),
            entry(late, "PRESENT", null),
            entry(half, "ABSENT", null)));

    assertThat(http.post(platform.programUrl + "/programs/" + programId + "/close", null).status())
        .isEqualTo(200);

    JsonNode fullOutcome = awaitOutcome(full);
    assertThat(fullOutcome.path("outcome").asText()).isEqualTo("COMPLETED");
    assertThat(fullOutcome.path("outcomeBasis").asText()).isEqualTo("RULE");
    assertThat(fullOutcome.path("hoursCompleted").asDouble()).isEqualTo(6.0);
    assertThat(awaitOutcome(late).path("hoursCompleted").asDouble()).isEqualTo(5.5);
    assertThat(awaitOutcome(half).path("outcome").asText()).isEqualTo("NOT_COMPLETED");
    assertThat(certificatesOf(half)).isEmpty();
    assertThat(certificatesOf(late)).hasSize(1);

    String certificateId = awaitCertificateOf(full);
    String publicUrl = platform.enrollmentUrl + "/public/certificates/" + certificateId;
    Http.Response verified = visitor.get(publicUrl);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body().path("status").asText()).isEqualTo("VALID");
    assertThat(verified.body().path("programTitle").asText()).isEqualTo(title);
    assertThat(verified.body().path("hours").asDouble()).isEqualTo(6.0);
    assertThat(verified.body().has("holderName")).isFalse();

    Http.Response handedOut =
        http.post(
            platform.enrollmentUrl + "/certificates/" + certificateId + "/verification-code", null);
    assertThat(handedOut.status()).isEqualTo(200);
    String code = handedOut.body().path("verificationCode").asText();
    assertThat(visitor.get(publicUrl, "Verification-Code", code).body().path("holderName").asText())
        .isEqualTo(holderName);

    Http.TextResponse badge = visitor.getText(publicUrl + "/open-badge", "Verification-Code", code);
    assertThat(badge.status()).isEqualTo(200);
    JWSObject credential = JWSObject.parse(badge.body());
    Http.TextResponse jwks =
        visitor.getText(platform.enrollmentUrl + "/public/certificates/jwks.json");
    ECKey key = (ECKey) JWKSet.parse(jwks.body()).getKeyByKeyId(credential.getHeader().getKeyID());
    assertThat(credential.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
    assertThat(credential.getPayload().toString()).contains(certificateId).contains(title);

    assertThat(
            http.post(
                    platform.enrollmentUrl + "/certificates/" + certificateId + "/revocation",
                    Map.of("reasonCode", "ISSUED_IN_ERROR"))
                .status())
        .isEqualTo(200);
    JsonNode revoked = visitor.get(publicUrl).body();
    assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.path("revokedOn").isMissingNode()).isFalse();

    // Reporting folds the same story: 5 of 6 entries attended, three outcomes by the rule, two
    // certificates of which one revoked
    await()
        .atMost(PlatformSteps.PROPAGATION)
        .untilAsserted(
            () -> {
              JsonNode figures =
                  http.get(platform.reportingUrl + "/api/programs/" + programId)
                      .body()
                      .path("figures");
              assertThat(figures.path("completed").asLong()).isEqualTo(2);
              assertThat(figures.path("completionsByRule").asLong()).isEqualTo(3);
              assertThat(figures.path("certificatesIssued").asLong()).isEqualTo(2);
              assertThat(figures.path("certificatesRevoked").asLong()).isEqualTo(1);
            });
    JsonNode attendance =
        http.get(platform.reportingUrl + "/api/programs/" + programId + "/attendance").body();
    assertThat(attendance.path("plannedMinutes").asInt()).isEqualTo(360);
    assertThat(attendance.path("recorded").asLong()).isEqualTo(6);
    assertThat(attendance.path("attended").asLong()).isEqualTo(5);
  }

  private String createProgramme(String title, LocalDate start) {
    Http.Response created =
        http.post(
            platform.programUrl + "/programs",
            Map.ofEntries(
                Map.entry("title", title),
                Map.entry("partners", List.of("KOFIC", "Netflix")),
                Map.entry("format", "SHORT_COURSE"),
                Map.entry("track", "POST_PRODUCTION"),
                Map.entry("audience", "INDUSTRY_WORKER"),
                Map.entry("capacity", 10),
                Map.entry("startDate", start.toString()),
                Map.entry("endDate", start.plusDays(5).toString()),
                Map.entry("deliveryMode", "IN_PERSON"),
                Map.entry("cohortYear", start.getYear())));
    assertThat(created.status()).isEqualTo(201);
    return created.body().path("programId").asText();
  }

  private String schedule(String programId, LocalDate date) {
    Http.Response session =
        http.post(
            platform.programUrl + "/programs/" + programId + "/sessions",
            Map.of(
                "date", date.toString(),
                "startTime", "09:30",
                "endTime", "13:00",
                "contactMinutes", 180,
                "deliveryMode", "IN_PERSON",
                "topic", "HDR grading for series deliverables",
                "location", "KOFIC Namyangju Studios"));
    assertThat(session.status()).as(String.valueOf(session.body())).isEqualTo(201);
    return session.body().path("sessionId").asText();
  }

  private static String register(PlatformSteps steps, String name) {
    return steps.register(
        name, "crew." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
  }

  private static Map<String, Object> entry(String enrollmentId, String status, Integer late) {
    return late == null
        ? Map.of("enrollmentId", enrollmentId, "status", status)
        : Map.of("enrollmentId", enrollmentId, "status", status, "lateMinutes", late);
  }

  /** enrollment-service knows the session once it has consumed ProgramSessionScheduled. */
  private void recordWhenKnown(String programId, String sessionId, List<Map<String, Object>> rows) {
    String url =
        platform.enrollmentUrl
            + "/programs/"
            + programId
            + "/sessions/"
            + sessionId
            + "/attendance";
    await()
        .atMost(PlatformSteps.PROPAGATION)
        .until(() -> http.post(url, Map.of("entries", rows)).status() == 200);
  }

  /** The outcome arrives once enrollment-service has consumed ProgramClosed. */
  private JsonNode awaitOutcome(String enrollmentId) {
    return await()
        .atMost(PlatformSteps.PROPAGATION)
        .until(
            () -> http.get(platform.enrollmentUrl + "/enrollments/" + enrollmentId).body(),
            body -> !body.path("outcome").isNull() && !body.path("outcome").isMissingNode());
  }

  private List<JsonNode> certificatesOf(String enrollmentId) {
    Http.Response list =
        http.get(platform.enrollmentUrl + "/certificates?enrollmentId=" + enrollmentId);
    assertThat(list.status()).isEqualTo(200);
    return list.body().valueStream().toList();
  }

  private String awaitCertificateOf(String enrollmentId) {
    return await()
        .atMost(PlatformSteps.PROPAGATION)
        .until(() -> certificatesOf(enrollmentId), list -> list.size() == 1)
        .get(0)
        .path("certificateId")
        .asText();
  }
}
