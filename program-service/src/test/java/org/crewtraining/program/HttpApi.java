package org.crewtraining.program;

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
 * Real HTTP against the running service, so Tomcat, filters and converters are all in play. Signed
 * in as the local operator (every role) unless a test picks another user, or none.
 */
public final class HttpApi {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String authorization;

  public HttpApi(int port) {
    this(port, TestUser.OPERATOR);
  }

  public HttpApi(int port, TestUser user) {
    this(port, user.authorization());
  }

  private HttpApi(int port, String authorization) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
  }

  /** Any Authorization header value, e.g. a bearer token. */
  public static HttpApi withAuthorization(int port, String authorization) {
    return new HttpApi(port, authorization);
  }

  /** No credentials at all. */
  public static HttpApi anonymous(int port) {
    return new HttpApi(port, (String) null);
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Response post(String path, Object json, String... headers) {
    return send("POST", path, "application/json", toJson(json), headers);
  }

  public Response put(String path, Object json, String... headers) {
    return send("PUT", path, "application/json", toJson(json), headers);
  }

  /** Any request; {@code headers} are name/value pairs. */
  public Response send(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    boolean ownAuthorization = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
    }
    if (authorization != null && !ownAuthorization) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object json) {
    return json == null ? null : json instanceof String s ? s : JSON.writeValueAsString(json);
  }

  public record Response(int status, HttpResponse<String> raw) {
    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return raw.body();
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }
}
