package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public verification (no login, no personal data; the holder's name only with the holder's code)
 * and revocation by programme admins, once.
 */
class CertificateVerificationTest extends CertificateIntegrationTest {

  private static final String TITLE =
      SampleEvents.programCreated("prg-any", 1).getTitle().toString();

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void anybodyVerifiesACertificateAndOnlyTheHolderCodeShowsTheName() {
    Completed c = completedWithCertificate(40);
    String code = handOut(c.certificateId());
    String path = "/public/certificates/" + c.certificateId();

    Response plain = api(null).get(path);
    JsonNode withCode = json.readTree(rawGet(path, null, "Verification-Code", code).body());
    String typedCode = code.replace("-", "").toLowerCase();
    JsonNode typed = json.readTree(rawGet(path, null, "Verification-Code", typedCode).body());
    HttpResponse<String> wrong = rawGet(path, null, "Verification-Code", "2222-3333-4444-5555");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.header("Cache-Control")).contains("no-store");
    assertThat(plain.text("status")).isEqualTo("VALID");
    assertThat(plain.text("programTitle")).isEqualTo(TITLE);
    assertThat(plain.body().get("hours").asDouble()).isEqualTo(40.0);
    assertThat(plain.body().get("issuers").valueStream().map(JsonNode::asString))
        .containsExactly("Netflix", "KOCCA");
    assertThat(plain.body().propertyNames())
        .containsExactlyInAnyOrder(
            "certificateId", "status", "programTitle", "hours", "issueDate", "issuers");
    assertThat(withCode.get("holderName").asString()).isEqualTo(holderName(c.enrollmentId()));
    assertThat(typed).isEqualTo(withCode);
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(json.readTree(wrong.body())).isEqualTo(plain.body());
  }

  @Test
  void aNewCodeReplacesThePreviousOne() {
    Completed c = completedWithCertificate(40);
    String path = "/public/certificates/" + c.certificateId();
    String first = handOut(c.certificateId());
    String second = handOut(c.certificateId());

    JsonNode withFirst = json.readTree(rawGet(path, null, "Verification-Code", first).body());
    JsonNode withSecond = json.readTree(rawGet(path, null, "Verification-Code", second).body());

    assertThat(withFirst.has("holderName")).isFalse();
    assertThat(withSecond.has("holderName")).isTrue();
  }

  @Test
  void codesStayOutOfUrlsAndUnknownNumbersAre404() {
    Completed c = completedWithCertificate(40);
    String code = handOut(c.certificateId());

    Response inUrl = api(null).get("/public/certificates/" + c.certificateId() + "?code=" + code);
    Response unknown = api(null).get("/public/certificates/CT-2024-2222-2222");

    assertThat(inUrl.status()).isEqualTo(400);
    assertThat(inUrl.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
    assertThat(inUrl.body().toString()).doesNotContain("holderName");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.text("code")).isEqualTo("not-found");
  }

  @Test
  void programmeAdminsRevokeOnceAndVerificationThenSaysRevoked() {
    Completed c = completedWithCertificate(40);
    String revocation = "/certificates/" + c.certificateId() + "/revocation";
    Map<String, String> inError = Map.of("reasonCode", "ISSUED_IN_ERROR");

    Response byRegistrar = api(TestUser.REGISTRAR).post(revocation, inError);
    Response anonymous = api(null).post(revocation, inError);
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Seoul"));
    Response first = api(TestUser.ADMIN).post(revocation, inError);
    Response again = api(TestUser.ADMIN).post(revocation, Map.of("reasonCode", "FRAUD"));
    LocalDate after = LocalDate.now(ZoneId.of("Asia/Seoul"));
    Response verified = api(null).get("/public/certificates/" + c.certificateId());

    assertThat(byRegistrar.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
    assertThat(first.text("status")).isEqualTo("REVOKED");
    assertThat(first.text("revocationReasonCode")).isEqualTo("ISSUED_IN_ERROR");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(verified.text("status")).isEqualTo("REVOKED");
    assertThat(LocalDate.parse(verified.text("revokedOn"))).isBetween(before, after);
    List<Published> revoked = eventsOf(c.programId(), CertificateRevoked.class);
    assertThat(revoked).hasSize(1);
    CertificateRevoked event = (CertificateRevoked) revoked.get(0).event();
    assertThat(event.getReasonCode()).isEqualTo(CertificateRevocationReason.ISSUED_IN_ERROR);
    assertThat(event.getMetadata().getActor()).isEqualTo(TestUser.ADMIN.username());
  }

  @Test
  void aRevocationWithoutARealReasonIsRefusedAndChangesNothing() {
    Completed c = completedWithCertificate(40);
    String revocation = "/certificates/" + c.certificateId() + "/revocation";
    HttpApi admin = api(TestUser.ADMIN);

    List<Response> refused =
        List.of(
            admin.post(revocation, Map.of()),
            admin.post(revocation, Map.of("reasonCode", "UNSPECIFIED")),
            admin.post(revocation, Map.of("reasonCode", "LOST")),
            admin.post(revocation, Map.of("reasonCode", "FRAUD", "note", "x")));
    Response unknown =
        admin.post("/certificates/CT-2024-2222-2222/revocation", Map.of("reasonCode", "FRAUD"));

    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
              assertThat(r.contentType()).startsWith("application/problem+json");
            });
    assertThat(refused.get(0).body().get("errors").get(0).get("field").asString())
        .isEqualTo("reasonCode");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(api(null).get("/public/certificates/" + c.certificateId()).text("status"))
        .isEqualTo("VALID");
    assertThat(eventsOf(c.programId(), CertificateRevoked.class)).isEmpty();
  }

  private String holderName(String enrollmentId) {
    HttpApi registrar = api(TestUser.REGISTRAR);
    String participantId = registrar.get("/enrollments/" + enrollmentId).text("participantId");
    return registrar.get("/participants/" + participantId).text("name");
  }
}
