package org.crewtraining.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK's HTTP client plus a tiny JSON field reader: the benchmarks need a handful of numbers and
 * ids from responses, not a JSON library on their classpath. Every request is signed in as the
 * local operator (every role), or CREW_API_USER / CREW_API_PASSWORD: checking a remembered Basic
 * password costs microseconds, so access control stays in the measured path without dominating it.
 */
final class Http {

  static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (env("CREW_API_USER", "operator")
                          + ":"
                          + env("CREW_API_PASSWORD", "crew-operator"))
                      .getBytes(StandardCharsets.UTF_8));

  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  String get(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", AUTHORIZATION)
            .GET()
            .build(),
        200);
  }

  String post(String url, String json, int expected) {
    return send(request("POST", url, json), expected);
  }

  CompletableFuture<HttpResponse<String>> sendAsync(String method, String url, String json) {
    return client.sendAsync(request(method, url, json), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest request(String method, String url, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", AUTHORIZATION)
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private String send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + " → "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** First value of {@code "name":} in the text: a string's content or a number's digits. */
  static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.eE]+)")
            .matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no field " + name + " in " + json);
    }
    return m.group(2) != null ? m.group(2) : m.group(1);
  }
}
