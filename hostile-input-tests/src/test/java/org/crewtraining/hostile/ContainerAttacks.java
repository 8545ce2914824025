package org.crewtraining.hostile;

import java.nio.charset.StandardCharsets;
import org.crewtraining.support.testing.TestUser;

/**
 * Requests that fail in Tomcat or in Spring before any of our code runs, each written byte by byte
 * as a raw HTTP/1.1 request, signed in as the operator so access control lets them through.
 */
final class ContainerAttacks {

  /**
   * One service's paths: {@code list} a GET answering JSON, {@code item} a prefix for an id, {@code
   * write} a POST taking JSON that changes nothing when refused, {@code wrongMethod} a method and
   * path that access control lets through but no handler maps.
   */
  record Paths(
      String name, String baseUrl, String list, String item, String write, String wrongMethod) {
    @Override
    public String toString() {
      return name;
    }
  }

  enum Kind {
    PERCENT_FF(400),
    ENCODED_SLASH(400),
    HEADER_OF_20_KB(400),
    NEGATIVE_CONTENT_LENGTH(400),
    UNKNOWN_METHOD(400, 405, 501),
    /** Access control refuses paths it does not know (403) before they can be missing (404). */
    NOT_FOUND(403, 404),
    WRONG_METHOD(405),
    NOT_ACCEPTABLE(406),
    XML_BODY(415),
    OVERSIZED_BODY(413);

    final Integer[] statuses;

    Kind(Integer... statuses) {
      this.statuses = statuses;
    }
  }

  private static final String AUTH = "Authorization: " + TestUser.OPERATOR.authorization();
  private static final String JSON = "Accept: application/json";

  private ContainerAttacks() {}

  static RawHttp.Response send(Paths paths, Kind kind) {
    String url = paths.baseUrl();
    return switch (kind) {
      case PERCENT_FF -> get(url, paths.item() + "%FF", JSON);
      case ENCODED_SLASH -> get(url, paths.item() + "a%2Fb", JSON);
      case HEADER_OF_20_KB -> get(url, paths.list(), JSON + "\r\nX-Padding: " + "x".repeat(20_480));
      case NEGATIVE_CONTENT_LENGTH ->
          RawHttp.send(
              url,
              "POST "
                  + paths.write()
                  + " HTTP/1.1\r\n"
                  + AUTH
                  + "\r\n"
                  + JSON
                  + "\r\nContent-Type: application/json\r\nContent-Length: -1",
              "{}".getBytes(StandardCharsets.UTF_8));
      case UNKNOWN_METHOD -> request(url, "BREW", paths.list(), JSON);
      case NOT_FOUND -> get(url, paths.item() + "x/no-such-path/" + System.nanoTime(), JSON);
      case WRONG_METHOD ->
          RawHttp.send(
              url,
              paths.wrongMethod()
                  + " HTTP/1.1\r\n"
                  + AUTH
                  + "\r\n"
                  + JSON
                  + "\r\nContent-Type: application/json\r\nContent-Length: 2",
              "{}".getBytes(StandardCharsets.UTF_8));
      case NOT_ACCEPTABLE -> get(url, paths.list(), "Accept: image/png");
      case XML_BODY ->
          post(url, paths.write(), "application/xml", "<program><title>x</title></program>");
      case OVERSIZED_BODY ->
          post(
              url, paths.write(), "application/json", "{\"title\":\"" + "x".repeat(70_000) + "\"}");
    };
  }

  private static RawHttp.Response get(String url, String path, String headers) {
    return request(url, "GET", path, headers);
  }

  private static RawHttp.Response request(String url, String method, String path, String headers) {
    return RawHttp.send(
        url, method + " " + path + " HTTP/1.1\r\n" + AUTH + "\r\n" + headers, new byte[0]);
  }

  private static RawHttp.Response post(String url, String path, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(
        url,
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + AUTH
            + "\r\n"
            + JSON
            + "\r\nContent-Type: "
            + type
            + "\r\nContent-Length: "
            + bytes.length,
        bytes);
  }
}
