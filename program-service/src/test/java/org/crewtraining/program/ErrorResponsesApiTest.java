package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every error, whichever layer answers it (Tomcat before the application, Spring Security, Spring
 * MVC, the {@code /error} page), is problem+json in the API's shape: a {@code urn:crew-training}
 * type, title, status, a fixed detail and a code. Sent over a raw socket because HTTP clients
 * refuse to send most of these requests.
 */
class ErrorResponsesApiTest extends ProgramServiceIntegrationTest {

  private static final String AUTH = "Authorization: " + TestUser.OPERATOR.authorization();

  static Stream<Arguments> errors() {
    String host = "Host: localhost";
    return Stream.of(
        error("undecodable path %FF", "GET /programs/%FF HTTP/1.1\r\n" + host, 400),
        error("encoded slash %2F", "GET /programs/a%2Fb HTTP/1.1\r\n" + host, 400),
        error("encoded NUL in path", "GET /programs/a%00b HTTP/1.1\r\n" + host, 400),
        error(
            "header of 20 KB",
            "GET /programs HTTP/1.1\r\n" + host + "\r\nX-Big: " + "x".repeat(20_000),
            400),
        error(
            "Content-Length -1",
            "POST /programs HTTP/1.1\r\n"
                + host
                + "\r\n"
                + AUTH
                + "\r\nContent-Type: application/json\r\nContent-Length: -1",
            400),
        error("malformed request line", "GET /programs HTTP/1.1 extra\r\n" + host, 400),
        error("no HTTP version", "GET\r\n" + host, 400),
        error("unknown HTTP version", "GET /programs HTTP/9.9\r\n" + host, 505),
        error("TRACE", "TRACE /programs HTTP/1.1\r\n" + host, 405),
        error("unknown path", "GET /programs/x/y/z HTTP/1.1\r\n" + host + "\r\n" + AUTH, 404),
        error(
            "method not supported",
            "PUT /programs/some-id/publish HTTP/1.1\r\n"
                + host
                + "\r\n"
                + AUTH
                + "\r\nContent-Type: application/json\r\nContent-Length: 2",
            405,
            "{}"),
        error(
            "not acceptable",
            "GET /programs HTTP/1.1\r\n" + host + "\r\n" + AUTH + "\r\nAccept: text/html",
            406),
        error(
            "unsupported media type",
            "POST /programs HTTP/1.1\r\n"
                + host
                + "\r\n"
                + AUTH
                + "\r\nContent-Type: text/plain\r\nContent-Length: 2",
            415,
            "{}"),
        error(
            "rejected by the security firewall",
            "GET /programs/a%5Cb HTTP/1.1\r\n" + host + "\r\n" + AUTH,
            400),
        error(
            "body over the limit",
            "POST /programs HTTP/1.1\r\n"
                + host
                + "\r\n"
                + AUTH
                + "\r\nContent-Type: application/json\r\nContent-Length: 70000",
            413,
            "x".repeat(70_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void answersProblemJson(String name, String head, int status, String body) {
    RawHttp.Response response = RawHttp.send(port(), head, body);

    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType())
        .as(response.toString())
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail")).as(response.toString()).isNotNull();
    assertThat(problem.get("type").asString()).startsWith("urn:crew-training:problem:");
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(problem.get("code").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "<html");
  }

  private static Arguments error(String name, String head, int status) {
    return error(name, head, status, null);
  }

  private static Arguments error(String name, String head, int status, String body) {
    return Arguments.of(name, head, status, body);
  }
}
