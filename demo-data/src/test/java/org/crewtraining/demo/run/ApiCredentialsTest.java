package org.crewtraining.demo.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiCredentialsTest {

  @Test
  void theLocalOperatorByDefault() {
    assertThat(ApiCredentials.from(Map.of()).authorization())
        .isEqualTo("Basic b3BlcmF0b3I6Y3Jldy1vcGVyYXRvcg=="); // operator:crew-operator
  }

  @Test
  void anotherUserOrATokenFromTheEnvironment() {
    assertThat(
            ApiCredentials.from(Map.of("CREW_API_USER", "loader", "CREW_API_PASSWORD", "s3cret"))
                .authorization())
        .isEqualTo("Basic bG9hZGVyOnMzY3JldA==");
    assertThat(
            ApiCredentials.from(Map.of("CREW_API_USER", "loader", "CREW_API_TOKEN", "abc"))
                .authorization())
        .isEqualTo("Bearer abc");
  }
}
