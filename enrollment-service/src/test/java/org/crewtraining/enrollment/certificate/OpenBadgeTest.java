package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open Badges 3.0 credentials secured as VC-JOSE (ES256 compact JWS): they verify with the public
 * key the service publishes, a changed payload does not, and a revoked certificate has none.
 */
class OpenBadgeTest extends CertificateIntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theBadgeIsAnEs256VcJwtThatThePublishedKeyVerifies() throws Exception {
    Completed c = completedWithCertificate(40);

    HttpResponse<String> badge =
        rawGet("/certificates/" + c.certificateId() + "/open-badge", TestUser.REGISTRAR);
    HttpResponse<String> jwks = rawGet("/public/certificates/jwks.json", null);

    assertThat(badge.statusCode()).as(badge.body()).isEqualTo(200);
    assertThat(badge.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vc+jwt");
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(json.readTree(jwks.body()).get("keys").get(0).has("d")).isFalse();
    JWSObject jws = JWSObject.parse(badge.body());
    assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jws.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
    ECKey key = (ECKey) JWKSet.parse(jwks.body()).getKeyByKeyId(jws.getHeader().getKeyID());
    assertThat(key).isNotNull();
    assertThat(key.isPrivate()).isFalse();
    assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();

    JsonNode credential = json.readTree(jws.getPayload().toString());
    assertThat(credential.get("@context").get(0).asString())
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(credential.get("type").valueStream().map(JsonNode::asString))
        .containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(credential.get("issuer").get("name").asString()).isEqualTo("Netflix, KOCCA");
    JsonNode achievement = credential.get("credentialSubject").get("achievement");
    assertThat(achievement.get("hours").asDouble()).isEqualTo(40.0);
    assertThat(achievement.get("criteria").get("narrative").asString()).isNotBlank();
    String issueDate = api(null).get("/public/certificates/" + c.certificateId()).text("issueDate");
    assertThat(credential.get("validFrom").asString()).startsWith(issueDate + "T00:00");

    assertThat(tampered(jws, "\"hours\":40.0", "\"hours\":400.0").verify(new ECDSAVerifier(key)))
        .isFalse();
  }

  @Test
  void theHolderGetsTheBadgeWithTheCodeOnly() {
    Completed c = completedWithCertificate(40);
    String code = handOut(c.certificateId());
    String path = "/public/certificates/" + c.certificateId() + "/open-badge";

    HttpResponse<String> withoutCode = rawGet(path, null);
    HttpResponse<String> wrongCode = rawGet(path, null, "Verification-Code", "2222-3333-4444-5555");
    HttpResponse<String> withCode = rawGet(path, null, "Verification-Code", code);
    HttpResponse<String> byViewer =
        rawGet("/certificates/" + c.certificateId() + "/open-badge", TestUser.VIEWER);

    for (HttpResponse<String> refused : List.of(withoutCode, wrongCode)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("code").asString())
          .isEqualTo("verification-code-required");
    }
    assertThat(json.readTree(wrongCode.body())).isEqualTo(json.readTree(withoutCode.body()));
    assertThat(withCode.statusCode()).as(withCode.body()).isEqualTo(200);
    assertThat(withCode.body()).contains(".").doesNotContain("{");
    assertThat(byViewer.statusCode()).isEqualTo(403);
  }

  @Test
  void aRevokedCertificateHasNoBadge() {
    Completed c = completedWithCertificate(40);
    String code = handOut(c.certificateId());
    api(TestUser.ADMIN)
        .post(
            "/certificates/" + c.certificateId() + "/revocation",
            Map.of("reasonCode", "MISCONDUCT"));

    HttpResponse<String> registrar =
        rawGet("/certificates/" + c.certificateId() + "/open-badge", TestUser.REGISTRAR);
    HttpResponse<String> holder =
        rawGet(
            "/public/certificates/" + c.certificateId() + "/open-badge",
            null,
            "Verification-Code",
            code);

    for (HttpResponse<String> refused : List.of(registrar, holder)) {
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(json.readTree(refused.body()).get("code").asString())
          .isEqualTo("certificate-revoked");
    }
  }

  /** The same header and signature over a payload with {@code from} replaced. */
  private static JWSObject tampered(JWSObject jws, String from, String to) throws Exception {
    String payload = jws.getPayload().toString();
    assertThat(payload).contains(from);
    String[] parts = jws.serialize().split("\\.");
    return JWSObject.parse(
        parts[0] + "." + Base64URL.encode(payload.replace(from, to)) + "." + parts[2]);
  }
}
