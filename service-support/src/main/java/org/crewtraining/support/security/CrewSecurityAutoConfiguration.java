package org.crewtraining.support.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access control of every service (ADR 0005): one filter chain built here, each service adding only
 * its {@link EndpointRules}. Local users with HTTP Basic (and a login form where a service asks for
 * it) while no JWT issuer or key is configured; bearer tokens only once one is. The management port
 * has a chain of its own, gated by network. Runs before Boot's security auto-configuration so
 * Boot's default chain, default user and resource-server chain all back off.
 */
@AutoConfiguration(
    before = {
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      ServletWebSecurityAutoConfiguration.class,
      ManagementWebSecurityAutoConfiguration.class,
      OAuth2ResourceServerAutoConfiguration.class
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({CrewSecurityProperties.class, ManagementNetworkProperties.class})
public class CrewSecurityAutoConfiguration {

  /**
   * Requests on the management port (actuator: health, info, metrics, prometheus) go through this
   * chain, never the application's: open to the allowed networks, 403 to everyone else.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain crewManagementFilterChain(
      HttpSecurity http,
      CrewSecurityProperties properties,
      ManagementNetworkProperties management,
      JsonMapper jsonMapper,
      Environment environment)
      throws Exception {
    return ManagementChain.build(
        http,
        properties,
        new AllowedNetworks(management.allowedNetworks()),
        new ProblemResponses(jsonMapper),
        JwtMode.configured(environment));
  }

  @Bean
  SecurityFilterChain crewSecurityFilterChain(
      HttpSecurity http,
      CrewSecurityProperties properties,
      ObjectProvider<EndpointRules> serviceRules,
      JsonMapper jsonMapper,
      Environment environment)
      throws Exception {
    return new SecurityChain(http, properties, new ProblemResponses(jsonMapper))
        .authorize(serviceRules.orderedStream().toList())
        .authenticate(JwtMode.configured(environment))
        .build();
  }

  /**
   * Spring Security wraps each of its ~15 filters, the authentication and the authorization in an
   * observation of its own; on the write path that was ~10 % of a request's CPU
   * (docs/performance.md) for traces nobody reads: {@code http.server.requests} already records
   * every status, 401 and 403 included. {@code crew.security.observations=true} turns them back on.
   */
  @Bean
  @ConditionalOnMissingBean
  SecurityObservationSettings crewSecurityObservations(CrewSecurityProperties properties) {
    return properties.observations()
        ? SecurityObservationSettings.withDefaults().build()
        : SecurityObservationSettings.noObservations();
  }

  @Bean
  @Conditional(JwtMode.Off.class)
  InMemoryUserDetailsManager crewLocalUsers(CrewSecurityProperties properties) {
    return LocalUsers.of(properties.users());
  }

  @Bean
  @Conditional(JwtMode.Off.class)
  PasswordEncoder crewPasswordEncoder() {
    return new RememberingPasswordEncoder();
  }
}
