package org.crewtraining.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.crewtraining.support.testing.TestUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON-over-HTTP client for driving the services' public APIs, signed in as the local
 * operator (every role) unless a test picks another user, or nobody ({@link #anonymous()}).
 */
final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final TestUser user;

  Http() {
    this(TestUser.OPERATOR);
  }

  Http(TestUser user) {
    this.user = user;
  }

  /** Without credentials, as a visitor of the public endpoints. */
  static Http anonymous() {
    return new Http(null);
  }

  record Response(int status, JsonNode body) {}

  Response get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** A GET with extra request headers (name, value, name, value …). */
  Response get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().headers(headers));
  }

  /**
   * The body as sent (not JSON), with the status; extra headers as in {@link #get(String,
   * String...)}.
   */
  TextResponse getText(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = exchange(request);
    return new TextResponse(response.statusCode(), response.body());
  }

  record TextResponse(int status, String body) {}

  Response post(String url, Object body) {
    return send(json(url, body).POST(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  Response put(String url, Object body) {
    return send(json(url, body).PUT(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  private static HttpRequest.Builder json(String url, Object body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
  }

  private static String write(Object body) {
    return body == null ? "" : JSON.writeValueAsString(body);
  }

  private Response send(HttpRequest.Builder request) {
    HttpResponse<String> response = exchange(request);
    String text = response.body();
    return new Response(
        response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", user.authorization());
    }
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
