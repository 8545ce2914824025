package org.crewtraining.support.security;

import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether bearer tokens are in force: as soon as any of Boot's resource-server key sources is set
 * (the same test Boot uses to create its JwtDecoder). Then local users are not created at all, so a
 * deployment cannot fall back to the well-known local passwords.
 */
final class JwtMode {

  private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

  private JwtMode() {}

  static boolean configured(Environment environment) {
    return Stream.of("issuer-uri", "jwk-set-uri", "public-key-location")
        .anyMatch(key -> StringUtils.hasText(environment.getProperty(PREFIX + key)));
  }

  /** Matches when a JWT issuer or key is configured. */
  static final class On extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      return configured(context.getEnvironment())
          ? ConditionOutcome.match("JWT resource server configured")
          : ConditionOutcome.noMatch("no JWT issuer or key configured");
    }
  }

  /** Matches when no JWT issuer or key is configured: local users. */
  static final class Off extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      return configured(context.getEnvironment())
          ? ConditionOutcome.noMatch("JWT resource server configured")
          : ConditionOutcome.match("no JWT issuer or key configured: local users");
    }
  }
}
