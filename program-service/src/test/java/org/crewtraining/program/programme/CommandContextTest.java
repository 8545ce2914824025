package org.crewtraining.program.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandContextTest {

  @Test
  void headersAreTakenWhenPresentAndACorrelationIdIsMadeUpOtherwise() {
    assertThat(CommandContext.of("corr-1", "op@kocca"))
        .isEqualTo(new CommandContext("corr-1", "op@kocca"));
    CommandContext anonymous = CommandContext.of(null, " ");
    assertThat(UUID.fromString(anonymous.correlationId())).isNotNull();
    assertThat(anonymous.actor()).isNull();
  }

  @Test
  void overlongHeadersAreRefused() {
    assertThatThrownBy(() -> CommandContext.of("c", "a".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
  }
}
