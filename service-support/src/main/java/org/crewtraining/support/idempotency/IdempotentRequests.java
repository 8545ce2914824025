package org.crewtraining.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import org.crewtraining.support.security.AuthenticatedActor;
import org.crewtraining.support.web.DateTimeRangeModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a creating request at most once per Idempotency-Key and account. The key row is claimed, the
 * action runs and the response is stored in one transaction: a concurrent retry waits on the key's
 * unique index and then replays; a failed action leaves no key behind, so the retry runs afresh.
 * Keys belong to the authenticated account that sent them ({@link AuthenticatedActor}): the same
 * key from another account runs afresh for that account and never sees the first one's response.
 */
public class IdempotentRequests {

  static final int MAX_KEY_LENGTH = 200;

  /**
   * Principal of keys sent outside an authenticated request. Not empty: rows from before keys were
   * per account hold the empty principal and are never replayed to anyone.
   */
  static final String ANONYMOUS = "-";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;

  public IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
  }

  /**
   * @param key the Idempotency-Key header, or null to just run the action
   * @param request the request body, fingerprinted to detect a key reused for another request
   */
  public <T> IdempotentOutcome<T> execute(
      String scope, String key, Object request, Class<T> responseType, Supplier<T> action) {
    if (key == null) {
      return new IdempotentOutcome<>(transactions.execute(status -> action.get()), false);
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    String hash = sha256(json.writeValueAsString(request));
    // Write endpoints are never anonymous; outside a request (tools, tests) keys share one space.
    String principal = Objects.requireNonNullElse(AuthenticatedActor.name(), ANONYMOUS);
    return transactions.execute(
        status -> {
          int claimed =
              jdbc.sql(
                      "INSERT INTO idempotency_key"
                          + " (principal, scope, idempotency_key, request_hash)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                  .params(principal, scope, key, hash)
                  .update();
          if (claimed == 1) {
            T response = action.get();
            jdbc.sql(
                    "UPDATE idempotency_key SET response_json = ?"
                        + " WHERE principal = ? AND scope = ? AND idempotency_key = ?")
                .params(json.writeValueAsString(response), principal, scope, key)
                .update();
            return new IdempotentOutcome<>(response, false);
          }
          StoredResponse stored =
              jdbc.sql(
                      "SELECT request_hash, response_json FROM idempotency_key"
                          + " WHERE principal = ? AND scope = ? AND idempotency_key = ?")
                  .params(principal, scope, key)
                  .query(StoredResponse.class)
                  .single();
          if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReuseException(key);
          }
          T replayed =
              json.readerFor(responseType)
                  .withAttribute(DateTimeRangeModule.OWN_OUTPUT, Boolean.TRUE)
                  .readValue(stored.responseJson());
          return new IdempotentOutcome<>(replayed, true);
        });
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record StoredResponse(String requestHash, String responseJson) {}
}
