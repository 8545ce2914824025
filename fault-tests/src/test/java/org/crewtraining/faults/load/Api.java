package org.crewtraining.faults.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.faults.stack.Credentials;

/**
 * The services' HTTP APIs as the load sees them: every answer is returned (never thrown), a
 * connection failure or timeout is status -1. Sends the operator credentials and the caller's
 * correlation id, which the services copy into the events a change emits.
 */
public final class Api {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  /** An answer: status (-1 = no answer), body and Content-Type. */
  public record Reply(int status, String body, String contentType) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public String field(String name) {
      return Api.field(body, name);
    }
  }

  public Reply post(String url, String json, String correlationId) {
    return send("POST", url, json, correlationId);
  }

  public Reply put(String url, String json, String correlationId) {
    return send("PUT", url, json, correlationId);
  }

  public Reply get(String url) {
    return send("GET", url, null, null);
  }

  private Reply send(String method, String url, String json, String correlationId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            // Longer than a connection-pool wait while the database is away (services answer 503).
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", Credentials.BASIC)
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (!method.equals("GET")) {
      // Every state-changing request says JSON, also without a body (ADR 0005).
      request.header("Content-Type", "application/json");
    }
    if (correlationId != null) {
      request.header("X-Correlation-Id", correlationId);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(-1, e.toString(), "");
    } catch (Exception e) {
      return new Reply(-1, e.toString(), "");
    }
  }

  /** First value of {@code "name":} in a JSON text: a string's content or a number's digits. */
  public static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.eE]+|null)")
            .matcher(json == null ? "" : json);
    if (!m.find()) {
      return null;
    }
    return m.group(2) != null ? m.group(2) : "null".equals(m.group(1)) ? null : m.group(1);
  }
}
