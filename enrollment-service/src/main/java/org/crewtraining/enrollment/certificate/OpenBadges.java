package org.crewtraining.enrollment.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials 2.0), secured
 * as VC-JOSE: a compact JWS whose payload is the credential itself, header {@code typ vc+jwt},
 * {@code cty vc}, ES256, {@code kid} naming the key of the JWKS at {@code
 * /public/certificates/jwks.json}.
 */
@Component
class OpenBadges {

  static final String MEDIA_TYPE = "application/vc+jwt";

  /** VC 2.0 and Open Badges 3.0 contexts; "hours" is no term of either, so it gets one of ours. */
  private static final List<Object> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
          Map.of(
              "hours",
              Map.of(
                  "@id",
                  "urn:crew-training:terms:hours",
                  "@type",
                  "http://www.w3.org/2001/XMLSchema#decimal")));

  private final BadgeSigningKey key;
  private final CertificateProperties properties;
  private final ZoneId zone;
  private final JsonMapper json;

  OpenBadges(
      BadgeSigningKey key,
      CertificateProperties properties,
      EnrollmentProperties enrollmentProperties,
      JsonMapper json) {
    this.key = key;
    this.properties = properties;
    this.zone = enrollmentProperties.timeZone();
    this.json = json;
  }

  /** The signed badge of a valid certificate, in compact serialization. */
  String signed(CertificateService.Held held) {
    Certificate c = held.requireValid().certificate();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256)
            .type(new JOSEObjectType("vc+jwt"))
            .contentType("vc")
            .keyID(key.privateKey().getKeyID())
            .build();
    JWSObject jws =
        new JWSObject(
            header, new Payload(json.writeValueAsString(credential(c, held.holderName()))));
    try {
      jws.sign(new ECDSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the badge of " + c.certificateId(), e);
    }
    return jws.serialize();
  }

  Map<String, Object> credential(Certificate c, String holderName) {
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", CONTEXT);
    credential.put("id", properties.baseUrl() + "/public/certificates/" + c.certificateId());
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("name", c.programTitle());
    credential.put("issuer", issuer(c));
    credential.put("validFrom", c.issueDate().atStartOfDay(zone).toOffsetDateTime().toString());
    credential.put("credentialSubject", subject(c, holderName));
    return credential;
  }

  /** The programme's partners issue it; the platform's name where none are recorded. */
  private Map<String, Object> issuer(Certificate c) {
    Map<String, Object> issuer = new LinkedHashMap<>();
    issuer.put("id", properties.baseUrl());
    issuer.put("type", List.of("Profile"));
    issuer.put(
        "name", c.issuers().isEmpty() ? properties.issuerName() : String.join(", ", c.issuers()));
    return issuer;
  }

  private static Map<String, Object> subject(Certificate c, String holderName) {
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", "urn:crew-training:programme:" + c.programId());
    achievement.put("type", List.of("Achievement"));
    achievement.put("name", c.programTitle());
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            "Completed the programme under its completion rule; "
                + c.hours()
                + " hours certified."));
    achievement.put("hours", c.hours());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    // An erased holder has no name any more: the badge then identifies nobody.
    if (holderName != null) {
      subject.put(
          "identifier",
          List.of(
              Map.of(
                  "type",
                  "IdentityObject",
                  "identityHash",
                  holderName,
                  "identityType",
                  "name",
                  "hashed",
                  false)));
    }
    subject.put("achievement", achievement);
    return subject;
  }
}
