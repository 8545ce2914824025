package org.crewtraining.hostile;

/** What a service answered, over the HTTP client or a raw socket. */
interface Answer {

  int status();

  /** Whether the answer says {@code Content-Type: application/problem+json}. */
  boolean isProblem();

  /** Status, headers and body, for assertion messages. */
  String describe();
}
