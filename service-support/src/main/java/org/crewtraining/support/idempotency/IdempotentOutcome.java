package org.crewtraining.support.idempotency;

import org.crewtraining.support.command.CommandHeaders;
import org.springframework.http.ResponseEntity;

/**
 * @param body the response of the first request with this key
 * @param replayed true when this is a retry answered from the stored response
 */
public record IdempotentOutcome<T>(T body, boolean replayed) {

  /**
   * Marks a replayed answer with {@code Idempotent-Replayed: true}; a first answer carries no such
   * header.
   */
  public <B extends ResponseEntity.HeadersBuilder<B>> B markReplay(B response) {
    return replayed ? response.header(CommandHeaders.IDEMPOTENT_REPLAYED, "true") : response;
  }
}
