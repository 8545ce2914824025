package org.crewtraining.demo.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP with retries for what heals by itself: connection errors, 5xx, 429, and the
 * conflicts a caller names (e.g. {@code program-not-open} while ProgramPublished travels over
 * Kafka). Retrying a create is safe because creates carry an Idempotency-Key.
 */
class ApiClient {

  private final HttpClient http;
  private final ApiCredentials credentials = ApiCredentials.fromEnvironment();
  private final JsonMapper json = JsonMapper.builder().build();
  private final RunStats stats;
  private final Duration retryFor;
  private final Duration firstBackoff;

  /**
   * @param retryFor how long one call keeps retrying before it fails
   */
  ApiClient(RunStats stats, Duration retryFor, Duration firstBackoff) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.stats = stats;
    this.retryFor = retryFor;
    this.firstBackoff = firstBackoff;
  }

  /** One attempt, no retry: is anything listening there? */
  int probe(URI uri) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", credentials.authorization())
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The user the services see, for messages. */
  String user() {
    return credentials.user();
  }

  ApiResponse get(URI uri) {
    return send("GET", uri, null, null, Set.of());
  }

  /**
   * @param body serialised as JSON, or null for no body
   * @param idempotencyKey sent as Idempotency-Key when not null
   * @param retryableCodes problem codes (404/409) that mean "not yet" rather than "no"
   */
  ApiResponse send(
      String method, URI uri, Object body, String idempotencyKey, Set<String> retryableCodes) {
    return send(method, uri, body, idempotencyKey, retryableCodes, true);
  }

  /**
   * Without an Authorization header: what an applicant without an account sends (answering an offer
   * with its code).
   */
  ApiResponse sendAnonymous(String method, URI uri, Object body) {
    return send(method, uri, body, null, Set.of(), false);
  }

  private ApiResponse send(
      String method,
      URI uri,
      Object body,
      String idempotencyKey,
      Set<String> retryableCodes,
      boolean signedIn) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("X-Correlation-Id", "demo-data-" + UUID.randomUUID());
    if (signedIn) {
      request.header("Authorization", credentials.authorization());
    }
    if (!method.equals("GET")) {
      // Every state-changing request says JSON, also without a body (ADR 0005).
      request.header("Content-Type", "application/json");
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }
    return execute(method + " " + uri, request.build(), retryableCodes);
  }

  private ApiResponse execute(String what, HttpRequest request, Set<String> retryableCodes) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    long backoff = firstBackoff.toMillis();
    while (true) {
      String failure;
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        stats.request();
        ApiResponse answer = new ApiResponse(response.statusCode(), parse(response.body()));
        if (!retryable(answer, retryableCodes)) {
          return answer;
        }
        failure = "HTTP " + answer.status() + " " + answer.problemCode();
      } catch (IOException e) {
        stats.request();
        failure = e.getClass().getSimpleName() + " " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(what + " interrupted", e);
      }
      stats.retry();
      if (System.nanoTime() + backoff * 1_000_000 > deadline) {
        throw new ApiException(what + " still failing after " + retryFor + ": " + failure);
      }
      pause(backoff);
      backoff = Math.min(backoff * 2, 1_000);
    }
  }

  private static boolean retryable(ApiResponse answer, Set<String> retryableCodes) {
    int status = answer.status();
    return status >= 500
        || status == 429
        || ((status == 404 || status == 409) && retryableCodes.contains(answer.problemCode()));
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(text);
    } catch (RuntimeException e) {
      // An HTML error page from a proxy or a half-started server: keep the status, drop the body.
      return MissingNode.getInstance();
    }
  }

  /** The runner is a client program, not a test: waiting between retries is its job. */
  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("interrupted", e);
    }
  }

  static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }
}
