package org.crewtraining.enrollment.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the badge key comes from, and what start-up refuses. */
class BadgeSigningKeyTest {

  @TempDir Path dir;

  @Test
  void aConfiguredPrivateJwkSignsAndOnlyItsPublicHalfIsPublished() throws Exception {
    ECKey configured = new ECKeyGenerator(Curve.P_256).generate();
    Path file = Files.writeString(dir.resolve("badge.jwk.json"), configured.toJSONString());

    BadgeSigningKey key = new BadgeSigningKey(properties(file, false));

    assertThat(key.privateKey().toECPrivateKey()).isEqualTo(configured.toECPrivateKey());
    assertThat(key.privateKey().getKeyID()).isEqualTo(configured.computeThumbprint().toString());
    assertThat(key.publicJwks().toString())
        .doesNotContain("\"d\"")
        .contains(configured.getX().toString());
  }

  @Test
  void withoutAFileAKeyIsGeneratedOnlyWhereAllowed() {
    assertThat(new BadgeSigningKey(properties(null, true)).privateKey().isPrivate()).isTrue();
    assertThatThrownBy(() -> new BadgeSigningKey(properties(null, false)))
        .hasMessageContaining("CREW_CERTIFICATE_SIGNING_KEY_FILE");
  }

  @Test
  void aPublicKeyOrAnotherCurveIsRefused() throws Exception {
    Path publicOnly =
        Files.writeString(
            dir.resolve("public.json"),
            new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString());
    Path p384 =
        Files.writeString(
            dir.resolve("p384.json"), new ECKeyGenerator(Curve.P_384).generate().toJSONString());

    for (Path file : new Path[] {publicOnly, p384}) {
      assertThatThrownBy(() -> new BadgeSigningKey(properties(file, true)))
          .hasMessageContaining("private EC P-256 JWK");
    }
    assertThatThrownBy(() -> new BadgeSigningKey(properties(dir.resolve("missing.json"), true)))
        .hasMessageContaining("missing.json");
  }

  private static CertificateProperties properties(Path file, boolean generate) {
    return new CertificateProperties(file, generate, null, null);
  }
}
