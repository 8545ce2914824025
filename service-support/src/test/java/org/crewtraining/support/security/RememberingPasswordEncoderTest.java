package org.crewtraining.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RememberingPasswordEncoderTest {

  private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder();
  private final String hash = encoder.encode("crew-operator");

  @Test
  void theRightPasswordMatchesFirstByBcryptThenFromMemory() {
    assertThat(encoder.matches("crew-operator", hash)).isTrue();
    assertThat(encoder.matches("crew-operator", hash)).isTrue();
  }

  @Test
  void aWrongPasswordNeverMatchesNotEvenAfterTheRightOneWasRemembered() {
    assertThat(encoder.matches("crew-operatoR", hash)).isFalse();
    assertThat(encoder.matches("crew-operator", hash)).isTrue();

    assertThat(encoder.matches("crew-operatoR", hash)).isFalse();
    assertThat(encoder.matches("", hash)).isFalse();
    assertThat(encoder.matches(null, hash)).isFalse();
  }

  @Test
  void requestThreadsCheckConcurrentlyWithTheirOwnMac() throws Exception {
    assertThat(encoder.matches("crew-operator", hash)).isTrue();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        // A few wrong ones among them (each costs a BCrypt check, ~60 ms).
        String password = i % 200 == 1 ? "crew-operator-" + i : "crew-operator";
        checks.add(
            threads.submit(
                () -> encoder.matches(password, hash) == password.equals("crew-operator")));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      threads.shutdown();
    }
  }
}
