package org.crewtraining.program.security;

import static org.crewtraining.support.security.CrewRole.PROGRAM_ADMIN;

import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Programmes are the platform's public catalogue: every role reads them (registrars enrol into
 * them, auditors and viewers report on them); only programme admins change them.
 */
@Component
class ProgramAccessRules implements EndpointRules {

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    requests
        .requestMatchers(HttpMethod.GET, "/programs", "/programs/**")
        .hasAnyRole(CrewRole.all());
    requests
        .requestMatchers(HttpMethod.POST, "/programs", "/programs/**")
        .hasRole(PROGRAM_ADMIN.name());
    requests.requestMatchers(HttpMethod.PUT, "/programs/**").hasRole(PROGRAM_ADMIN.name());
  }
}
