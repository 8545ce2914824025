package org.crewtraining.program.programme;

import java.time.Instant;

/**
 * How often and when a programme changed. {@code version} grows by one with every change and is the
 * optimistic-concurrency token clients see as the ETag.
 */
public record Revision(long version, Instant createdAt, Instant updatedAt) {

  static Revision first(Instant at) {
    return new Revision(1, at, at);
  }

  Revision next(Instant at) {
    return new Revision(version + 1, createdAt, at);
  }
}
