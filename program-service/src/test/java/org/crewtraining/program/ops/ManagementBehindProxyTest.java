package org.crewtraining.program.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.PrometheusScrape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Behind a proxy the application port takes the client's address from X-Forwarded-For (here: every
 * peer trusted as a proxy, the worst case); the management port must not, or any client could claim
 * to be loopback. Its network check stays on the TCP peer's address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "server.forward-headers-strategy=native",
      "server.tomcat.remoteip.internal-proxies=.*"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class ManagementBehindProxyTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void aForwardedForHeaderDoesNotMakeAClientLoopback() throws Exception {
    Optional<String> outside = PrometheusScrape.nonLoopbackAddress();
    Assumptions.assumeTrue(
        outside.isPresent(), "this host has no address outside loopback to call from");

    assertThat(get(outside.get(), managementPort, "127.0.0.1").statusCode()).isEqualTo(403);
    assertThat(get("127.0.0.1", managementPort, null).statusCode()).isEqualTo(200);
    // Loopback claiming to forward for an outsider is still loopback to the management port.
    assertThat(get("127.0.0.1", managementPort, "203.0.113.9").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String host, int port, String forwardedFor)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/actuator/prometheus"));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
