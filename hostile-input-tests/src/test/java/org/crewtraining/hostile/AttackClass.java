package org.crewtraining.hostile;

/** The classes of hostile input the campaign tries, one line each in its table. */
enum AttackClass {
  DATES("1 out-of-range dates and instants"),
  NO_OPS("2 identical commands are no-ops"),
  NUL_IN_QUERIES("3 NUL in query parameters"),
  STRICT_JSON("4 strict JSON, strict If-Match"),
  REASON_CODES("5 reason codes, notes off the bus"),
  CSRF("6 CSRF, Basic challenge, login"),
  IDEMPOTENCY("7 Idempotency-Key per caller"),
  CONTAINER_ERRORS("8 container and framework errors");

  final String label;

  AttackClass(String label) {
    this.label = label;
  }
}
