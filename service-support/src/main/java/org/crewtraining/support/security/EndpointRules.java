package org.crewtraining.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own endpoint → role rules, declared as a bean. The shared filter chain applies the
 * rules common to every service (the API docs need a role; actuator is on the management port, see
 * {@link ManagementChain}) before these and denies whatever no rule names after them, so an
 * endpoint added without a rule is unreachable rather than open.
 */
@FunctionalInterface
public interface EndpointRules {

  void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests);
}
