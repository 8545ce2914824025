package org.crewtraining.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a creating request at most once per Idempotency-Key. The key row is claimed, the action runs
 * and the response is stored in one transaction: a concurrent retry waits on the key's unique index
 * and then replays; a failed action leaves no key behind, so the retry runs afresh.
 */
public class IdempotentRequests {

  static final int MAX_KEY_LENGTH = 200;

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
    return transactions.execute(
        status -> {
          int claimed =
              jdbc.sql(
                      "INSERT INTO idempotency_key (scope, idempotency_key, request_hash)"
                          + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                  .params(scope, key, hash)
                  .update();
          if (claimed == 1) {
            T response = action.get();
            jdbc.sql(
                    "UPDATE idempotency_key SET response_json = ?"
                        + " WHERE scope = ? AND idempotency_key = ?")
                .params(json.writeValueAsString(response), scope, key)
                .update();
            return new IdempotentOutcome<>(response, false);
          }
          StoredResponse stored =
              jdbc.sql(
                      "SELECT request_hash, response_json FROM idempotency_key"
                          + " WHERE scope = ? AND idempotency_key = ?")
                  .params(scope, key)
                  .query(StoredResponse.class)
                  .single();
          if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReuseException(key);
          }
          return new IdempotentOutcome<>(json.readValue(stored.responseJson(), responseType), true);
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
