package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import net.jqwik.api.statistics.Statistics;

/**
 * Sends one hostile request and holds it to what every answer owes: never a 5xx; a refusal is
 * problem+json and leaves every row and the outbox as they were. Everything is entered in the
 * {@link Ledger} before it is asserted, so the table counts failing requests too.
 */
final class Campaign {

  private final Services services;
  private final Ledger ledger;

  Campaign(Services services, Ledger ledger) {
    this.services = services;
    this.ledger = ledger;
  }

  Ledger ledger() {
    return ledger;
  }

  /** Any answer but a 5xx; a 4xx must change nothing. */
  <A extends Answer> A attempt(AttackClass c, String what, Supplier<A> request) {
    return send(c, what, request, false);
  }

  /** The request must be refused with one of {@code statuses} and change nothing. */
  <A extends Answer> A expectRefused(
      AttackClass c, String what, Supplier<A> request, Integer... statuses) {
    A answer = send(c, what, request, false);
    assertThat(answer.status()).as(what + " → " + answer.describe()).isIn((Object[]) statuses);
    return answer;
  }

  /** The request must succeed (2xx) and yet change nothing: a repeat that is a no-op. */
  <A extends Answer> A expectNoOp(AttackClass c, String what, Supplier<A> request) {
    A answer = send(c, what, request, true);
    assertThat(answer.status()).as(what + " → " + answer.describe()).isBetween(200, 299);
    return answer;
  }

  private <A extends Answer> A send(
      AttackClass c, String what, Supplier<A> request, boolean mustChangeNothing) {
    SystemState.settle(services);
    SystemState before = SystemState.of(services);
    A answer = request.get();
    SystemState after = SystemState.of(services);
    ledger.answered(c, answer.status(), answer.isProblem());
    Statistics.label(c.name()).collect(answer.status());
    boolean refused = answer.status() >= 400;
    long rows = after.rowsChangedSince(before);
    long events = after.eventsSince(before);
    if (refused || mustChangeNothing) {
      ledger.unchangedExpected(c, rows, events);
    }
    String message = what + " → " + answer.describe();
    assertThat(answer.status()).as(message).isLessThan(500);
    if (refused) {
      assertThat(answer.isProblem()).as("problem+json: " + message).isTrue();
    }
    if (refused || mustChangeNothing) {
      assertThat(rows)
          .as("rows changed (" + after.changedTablesSince(before) + "): " + message)
          .isZero();
      assertThat(events).as("events written: " + message).isZero();
    }
    return answer;
  }
}
