package org.crewtraining.enrollment.certificate;

import static org.crewtraining.support.security.CrewRole.PROGRAM_ADMIN;
import static org.crewtraining.support.security.CrewRole.REGISTRAR;

import org.crewtraining.support.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Verification is public: a certificate is shown to employers and schools who have no account, and
 * the public answer holds no personal data (the holder's name needs the holder's code). Listing,
 * handing out and badges concern the holder: registrars. Revocation is a programme decision:
 * programme admins.
 */
@Component
class CertificateAccessRules implements EndpointRules {

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    requests.requestMatchers(HttpMethod.GET, "/api/public/certificates/**").permitAll();
    requests
        .requestMatchers(HttpMethod.POST, "/api/certificates/*/revocation")
        .hasRole(PROGRAM_ADMIN.name());
    requests
        .requestMatchers(HttpMethod.GET, "/api/certificates", "/api/certificates/*/open-badge")
        .hasRole(REGISTRAR.name());
    requests
        .requestMatchers(HttpMethod.POST, "/api/certificates/*/verification-code")
        .hasRole(REGISTRAR.name());
  }
}
