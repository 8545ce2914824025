package org.crewtraining.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.crewtraining.support.testing.TestUser;

/**
 * Plain JDK HTTP calls against the running service, signed in as the local operator (every role)
 * unless a test picks another user.
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  public static HttpResponse<String> get(int port, String path) {
    return get(port, path, TestUser.OPERATOR);
  }

  public static HttpResponse<String> get(int port, String path, TestUser user) {
    try {
      return CLIENT.send(
          request(port, path, user).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to build on (method, headers, timeout), signed in as the operator. */
  public static HttpRequest.Builder request(int port, String path) {
    return request(port, path, TestUser.OPERATOR);
  }

  public static HttpRequest.Builder request(int port, String path, TestUser user) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", user.authorization());
  }

  public static HttpClient client() {
    return CLIENT;
  }
}
