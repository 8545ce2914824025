package org.crewtraining.program.programme;

import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a change of a programme or of something it owns (sessions, completion rule,
 * admission): the programme's version as the ETag for the next If-Match, the request's correlation
 * id, and the replay mark when an Idempotency-Key answered from the stored response.
 */
public final class VersionedAnswer {

  private VersionedAnswer() {}

  public static ResponseEntity.BodyBuilder of(
      HttpStatus status, IdempotentOutcome<?> outcome, long version, String correlationId) {
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(status)
            .eTag(VersionTag.of(version))
            .header(CommandHeaders.CORRELATION_ID, correlationId);
    return outcome.markReplay(builder);
  }
}
