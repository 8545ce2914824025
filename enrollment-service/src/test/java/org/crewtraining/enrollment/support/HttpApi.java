package org.crewtraining.enrollment.support;

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
 * Real HTTP against the running service, so filters and error handling are exercised too. Signed in
 * as the local operator (every role) unless a test picks another user, or none.
 */
public class HttpApi {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String baseUrl;
  private final JsonMapper json;
  private final String authorization;

  public HttpApi(int port, JsonMapper json) {
    this(port, json, TestUser.OPERATOR);
  }

  /** Signed in as {@code user}, or anonymous when it is null. */
  public HttpApi(int port, JsonMapper json, TestUser user) {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.json = json;
    this.authorization = user == null ? null : user.authorization();
  }

  public Response get(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder);
  }

  public Response post(String path, Object body, String... headers) {
    return send(withBody("POST", path, body, headers));
  }

  public Response put(String path, Object body, String... headers) {
    return send(withBody("PUT", path, body, headers));
  }

  private HttpRequest.Builder withBody(String method, String path, Object body, String[] headers) {
    String text = body instanceof String s ? s : json.writeValueAsString(body);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(text));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    if (authorization != null) {
      request.setHeader("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      boolean text =
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv");
      JsonNode body = response.body().isEmpty() || text ? null : json.readTree(response.body());
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, JsonNode body, HttpResponse<String> raw) {

    public String text(String field) {
      return body.get(field).asString();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }
}
