package org.crewtraining.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * crew-security.yml, the access configuration every service imports: the deployment profile holds
 * no secret, hash or local user, only references to environment variables without defaults; the
 * local users hold only BCrypt hashes.
 */
class SecurityConfigFileTest {

  private static final Pattern SENSITIVE_KEY =
      Pattern.compile("(?i).*(password|secret|hash|token|credential|private|key-value).*");
  private static final Pattern ENV_WITHOUT_DEFAULT = Pattern.compile("^\\$\\{[A-Z0-9_]+}$");
  private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$.{53}$");

  @Test
  void theDeploymentProfileHasNoSecretsAndNoLocalUsers() throws IOException {
    Map<String, Object> deployment = document("deployment");
    assertThat(deployment).isNotEmpty();
    assertThat(deployment.keySet()).noneMatch(key -> key.startsWith("crew.security.users"));
    List<String> offending = new ArrayList<>();
    deployment.forEach(
        (key, value) -> {
          String text = String.valueOf(value);
          boolean fromEnvironment = ENV_WITHOUT_DEFAULT.matcher(text).matches();
          // A sensitive value must come from the environment; a placeholder's default (after the
          // colon) would be a value the repository hands to every deployment.
          if ((SENSITIVE_KEY.matcher(key).matches() && !fromEnvironment)
              || (text.contains("${") && !fromEnvironment)
              || BCRYPT.matcher(text).matches()) {
            offending.add(key + "=" + text);
          }
        });
    assertThat(offending).as("values in the deployment profile").isEmpty();
    assertThat(deployment)
        .containsEntry(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri", "${CREW_JWT_ISSUER_URI}")
        .containsEntry("spring.datasource.password", "${CREW_DB_PASSWORD}");
  }

  @Test
  void localUsersAreStoredAsBcryptHashesOnly() throws IOException {
    Map<String, Object> local = document("!deployment");
    List<Object> hashes =
        local.entrySet().stream()
            .filter(e -> e.getKey().startsWith("crew.security.users"))
            .filter(e -> SENSITIVE_KEY.matcher(e.getKey()).matches())
            .map(Map.Entry::getValue)
            .toList();
    assertThat(hashes).hasSize(7).allMatch(h -> BCRYPT.matcher(String.valueOf(h)).matches());
  }

  /** The properties (as text) of the document activated on exactly this profile expression. */
  private static Map<String, Object> document(String profile) throws IOException {
    List<PropertySource<?>> documents =
        new YamlPropertySourceLoader()
            .load("crew-security.yml", new ClassPathResource("crew-security.yml"));
    return documents.stream()
        .map(d -> ((OriginTrackedMapPropertySource) d).getSource())
        .filter(d -> profile.equals(String.valueOf(d.get("spring.config.activate.on-profile"))))
        .<Map<String, Object>>map(
            d ->
                d.entrySet().stream()
                    .collect(
                        java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, e -> String.valueOf(e.getValue()))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document for profile " + profile));
  }
}
