package org.crewtraining.enrollment.certificate;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certificates and their Open Badges.
 *
 * @param signingKeyFile a private EC P-256 JWK (JSON) that signs the badges; in deployment it is
 *     required ({@code CREW_CERTIFICATE_SIGNING_KEY_FILE}). Null locally: a key is generated at
 *     start-up, so badges signed before a restart no longer verify against the published JWKS
 * @param generateSigningKey whether a missing key file may be replaced by a generated key (true
 *     locally, false in the deployment profile)
 * @param publicBaseUrl where this service is reachable from outside: the credential's id and the
 *     issuer's id are built from it
 * @param issuerName the badge issuer's name when the programme names no partners
 */
@ConfigurationProperties("crew.enrollment.certificates")
public record CertificateProperties(
    Path signingKeyFile, Boolean generateSigningKey, URI publicBaseUrl, String issuerName) {

  public CertificateProperties {
    generateSigningKey = generateSigningKey == null || generateSigningKey;
    publicBaseUrl = publicBaseUrl == null ? URI.create("http://127.0.0.1:8082") : publicBaseUrl;
    issuerName = issuerName == null || issuerName.isBlank() ? "Crew training platform" : issuerName;
  }

  /** The base URL without a trailing slash, for building links. */
  String baseUrl() {
    String url = publicBaseUrl.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
