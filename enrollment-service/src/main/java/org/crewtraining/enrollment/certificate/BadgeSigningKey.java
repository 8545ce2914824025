package org.crewtraining.enrollment.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The EC P-256 key that signs Open Badges (ES256): from {@code
 * crew.enrollment.certificates.signing-key-file} (a private JWK), or generated at start-up where
 * that is allowed (locally). Its public half is published as a JWKS.
 */
@Component
class BadgeSigningKey {

  private static final Logger log = LoggerFactory.getLogger(BadgeSigningKey.class);

  private final ECKey key;

  BadgeSigningKey(CertificateProperties properties) {
    this.key = load(properties);
  }

  ECKey privateKey() {
    return key;
  }

  /** {@code {"keys": [public JWK]}}: nothing private. */
  Map<String, Object> publicJwks() {
    return new JWKSet(key.toPublicJWK()).toJSONObject(true);
  }

  private static ECKey load(CertificateProperties properties) {
    Path file = properties.signingKeyFile();
    if (file == null || file.toString().isBlank()) {
      if (!properties.generateSigningKey()) {
        throw new IllegalStateException(
            "crew.enrollment.certificates.signing-key-file (CREW_CERTIFICATE_SIGNING_KEY_FILE) is"
                + " required: the private EC P-256 JWK that signs Open Badges");
      }
      log.info("Open Badges are signed with a key generated at start-up (local runs only)");
      return generate();
    }
    try {
      JWK jwk = JWK.parse(Files.readString(file));
      if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate()) {
        throw new IllegalStateException(
            "Signing key " + file + " must be a private EC P-256 JWK (kty EC, crv P-256, d)");
      }
      return ec.getKeyID() != null
          ? ec
          : new ECKey.Builder(ec).keyIDFromThumbprint().keyUse(KeyUse.SIGNATURE).build();
    } catch (IOException | ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot read the signing key " + file + ": " + e, e);
    }
  }

  private static ECKey generate() {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .keyIDFromThumbprint(true)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
