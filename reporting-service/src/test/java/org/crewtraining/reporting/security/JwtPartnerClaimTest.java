package org.crewtraining.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.RegistrySettings;
import org.crewtraining.readmodels.PartnerScenario;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment profile binds a token to partners by its {@code partner} claim (one name or a
 * list): such a token sees only those partners' programmes, a token without the claim every
 * programme, a claim naming nobody is refused. The test signs its own tokens (as program-service's
 * JwtDeploymentProfileTest does).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.consumer.group-id=reporting-jwt-partner",
      "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
      // the deployment profile has no default registry: bin/test's, with the history registered
      "crew.registry.url=" + RegistrySettings.DEFAULT_URL
    })
@ActiveProfiles("deployment")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka
@DirtiesContext
class JwtPartnerClaimTest {

  private static final KeyPair ISSUER = rsaKeyPair();
  private static final String X = "jwt" + Long.toHexString(System.nanoTime());

  @LocalServerPort int port;
  @Autowired KafkaTemplate<String, SpecificRecord> kafka;
  @Autowired ReportingQueries queries;
  @Autowired JsonMapper json;

  @DynamicPropertySource
  static void issuerPublicKey(DynamicPropertyRegistry registry) throws IOException {
    Path pem = Files.createTempFile("crew-jwt-issuer", ".pem");
    pem.toFile().deleteOnExit();
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location",
        () -> pem.toUri().toString());
  }

  @BeforeEach
  void scenarioApplied() {
    if (queries.program(PartnerScenario.n(X)).isPresent()) {
      return;
    }
    List<SpecificRecord> events = PartnerScenario.events(X);
    for (SpecificRecord event : events) {
      EventType type = EventType.of(event);
      kafka.send(type.topic().topicName(), type.keyOf(event), event);
    }
    kafka.flush();
    var expected = ReadModels.programs(ProjectionFold.fold(events));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                expected.stream()
                    .allMatch(p -> queries.program(p.programId()).equals(Optional.of(p))));
  }

  @Test
  void aTokenWithOnePartnerSeesThatPartnersProgrammesOnly() {
    String kocca = token(List.of("VIEWER"), "KOCCA");
    assertThat(programmes(kocca)).isEqualTo(PartnerScenario.visible(X, Set.of("KOCCA")));
    assertThat(get(kocca, "/api/programs/" + PartnerScenario.f(X)).statusCode()).isEqualTo(404);
  }

  @Test
  void aTokenWithAListOfPartnersSeesEachOfTheirs() {
    String both = token(List.of("VIEWER"), List.of("KOFIC", "Netflix"));
    assertThat(programmes(both)).isEqualTo(PartnerScenario.visible(X, Set.of("KOFIC", "Netflix")));
  }

  @Test
  void aTokenWithoutTheClaimSeesEveryProgramme() {
    assertThat(programmes(token(List.of("VIEWER"), null)))
        .isEqualTo(PartnerScenario.visible(X, Set.of()));
  }

  @Test
  void aPartnerBoundAuditorGetsOnlyItsPartnersEventsAndNoRebuild() {
    String kofic = token(List.of("AUDITOR"), "KOFIC");
    Set<String> programmes = new TreeSet<>();
    JsonNode page = json.readTree(get(kofic, "/api/audit/events?size=1000").body());
    page.get("items").forEach(e -> programmes.add(e.get("programId").asString()));
    assertThat(programmes).containsExactly(PartnerScenario.f(X));
    HttpResponse<String> verify =
        Http.client()
            .sendAsync(
                bearer("/api/admin/verify", kofic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .join();
    assertThat(verify.statusCode()).isEqualTo(403);
  }

  @Test
  void aPartnerClaimNamingNobodyIsRefused() {
    HttpResponse<String> refused = get(token(List.of("VIEWER"), List.of()), "/api/programs");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
        .startsWith("Bearer")
        .contains("invalid_token");
  }

  private Set<String> programmes(String token) {
    HttpResponse<String> response = get(token, "/api/programs?size=500");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Set<String> ids = new TreeSet<>();
    json.readTree(response.body())
        .get("items")
        .forEach(p -> ids.add(p.get("programId").asString()));
    return ids;
  }

  private HttpResponse<String> get(String token, String path) {
    return Http.client()
        .sendAsync(bearer(path, token).build(), HttpResponse.BodyHandlers.ofString())
        .join();
  }

  private HttpRequest.Builder bearer(String path, String token) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token);
  }

  private static String token(List<String> roles, Object partner) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .subject("partner@crew-training")
            .issueTime(Date.from(Instant.now().minusSeconds(60)))
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .claim("roles", roles);
    if (partner != null) {
      claims.claim("partner", partner);
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    try {
      jwt.sign(new RSASSASigner(ISSUER.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
