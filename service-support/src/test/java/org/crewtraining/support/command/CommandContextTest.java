package org.crewtraining.support.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.crewtraining.support.web.InvalidFieldException;
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
  void aCorrelationIdUpToTheLimitIsKeptAsSent() {
    String longest = "c".repeat(CommandContext.MAX_LENGTH);
    assertThat(CommandContext.of(longest, null).correlationId()).isEqualTo(longest);
  }

  @Test
  void overlongValuesAreRefusedNamingTheHeaderNeverShortenedOrReplaced() {
    assertThatThrownBy(() -> CommandContext.of("c".repeat(CommandContext.MAX_LENGTH + 1), null))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo(CommandHeaders.CORRELATION_ID))
        .hasMessageContaining("at most 200");
    assertThatThrownBy(() -> CommandContext.of("c", "a".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("actor"));
  }
}
