package org.crewtraining.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS-terminating proxy (trusted through the forwarded headers, as a deployment would set
 * it) the container marks the session cookie Secure by itself.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SecureSessionCookieTest extends IntegrationTestBase {

  @Test
  void aRequestThatCameOverTlsGetsASecureSameSiteSessionCookie() throws Exception {
    HttpResponse<String> form =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html")
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(DashboardSessionTest.sessionCookie(form))
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("; SameSite=Lax")
        .containsIgnoringCase("; HttpOnly");
  }
}
