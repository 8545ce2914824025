package org.crewtraining.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The filter chain of the management port: the network decides (see {@link
 * ManagementNetworkFilter}), no role is needed. Credentials stay optional and count only for what
 * the endpoints themselves show to roles: health details for PROGRAM_ADMIN and AUDITOR.
 */
final class ManagementChain {

  private ManagementChain() {}

  static SecurityFilterChain build(
      HttpSecurity http,
      CrewSecurityProperties properties,
      AllowedNetworks networks,
      ProblemResponses problems,
      boolean jwt)
      throws Exception {
    http.securityMatcher(new ManagementServerRequests());
    http.addFilterBefore(
        new ManagementNetworkFilter(networks, problems), SecurityContextHolderFilter.class);
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    // No browser pages and no session here: nothing to forge.
    http.csrf(csrf -> csrf.disable());
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    if (jwt) {
      http.oauth2ResourceServer(
          server ->
              server
                  .jwt(
                      token ->
                          token.jwtAuthenticationConverter(
                              new JwtRoles(properties.rolesClaim(), properties.partnerClaim())))
                  .authenticationEntryPoint(
                      problems.unauthenticated(new BearerTokenAuthenticationEntryPoint())));
    } else {
      http.httpBasic(
          basic ->
              basic.authenticationEntryPoint(
                  problems.unauthenticated(ProblemResponses.localChallenge("crew-training"))));
    }
    http.exceptionHandling(e -> e.accessDeniedHandler(problems.forbidden()));
    return http.build();
  }
}
