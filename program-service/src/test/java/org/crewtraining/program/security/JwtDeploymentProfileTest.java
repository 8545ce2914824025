package org.crewtraining.program.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.crewtraining.contracts.RegistrySettings;
import org.crewtraining.program.HttpApi;
import org.crewtraining.program.ProgramRequests;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deployment profile: bearer tokens only. The test is its own identity provider: it makes an
 * RSA key pair, gives the service the public key (instead of the profile's issuer URL, which would
 * need a running provider) and signs tokens with the private key.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
      // the deployment profile has no default registry: bin/test's, with the history registered
      "crew.registry.url=" + RegistrySettings.DEFAULT_URL
    })
@ActiveProfiles("deployment")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class JwtDeploymentProfileTest {

  private static final KeyPair ISSUER = rsaKeyPair();
  private static final KeyPair STRANGER = rsaKeyPair();
  private static final Instant NOW = Instant.now();

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired ApplicationContext context;

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

  @Test
  void aTokenWithTheRightRoleIsAllowed() {
    HttpApi admin = bearer(token(ISSUER, NOW.plusSeconds(300), "PROGRAM_ADMIN"));
    HttpApi.Response created = admin.post("/programs", ProgramRequests.create());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    HttpApi viewer = bearer(token(ISSUER, NOW.plusSeconds(300), "VIEWER"));
    assertThat(viewer.get("/programs").status()).isEqualTo(200);
  }

  @Test
  void aTokenWithoutTheRoleIs403Problem() {
    HttpApi viewer = bearer(token(ISSUER, NOW.plusSeconds(300), "VIEWER", "REGISTRAR"));
    HttpApi.Response refused = viewer.post("/programs", ProgramRequests.create());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() {
    HttpApi forged = bearer(token(STRANGER, NOW.plusSeconds(300), "PROGRAM_ADMIN"));
    HttpApi.Response refused = forged.get("/programs");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
    assertThat(refused.json().get("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void anExpiredTokenIs401() {
    HttpApi expired = bearer(token(ISSUER, NOW.minus(Duration.ofHours(1)), "PROGRAM_ADMIN"));
    HttpApi.Response refused = expired.get("/programs");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theDeploymentProfileHasNoLocalUsers() {
    assertThat(context.getBeanProvider(UserDetailsService.class).getIfAvailable()).isNull();
    HttpApi operator = new HttpApi(port, TestUser.OPERATOR);
    assertThat(operator.get("/programs").status()).isEqualTo(401);
    assertThat(HttpApi.anonymous(port).get("/programs").status()).isEqualTo(401);
  }

  @Test
  void healthIsPublicButItsDetailsNeedARole() {
    HttpApi.Response anonymous = HttpApi.anonymous(managementPort).get("/actuator/health");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().has("components")).isFalse();
    String auditor = "Bearer " + token(ISSUER, NOW.plusSeconds(300), "AUDITOR");
    assertThat(
            HttpApi.withAuthorization(managementPort, auditor)
                .get("/actuator/health")
                .json()
                .has("components"))
        .isTrue();
    // Only the network opens the management port; a forged token is still refused.
    String stranger = "Bearer " + token(STRANGER, NOW.plusSeconds(300), "AUDITOR");
    assertThat(HttpApi.withAuthorization(managementPort, stranger).get("/actuator/health").status())
        .isEqualTo(401);
  }

  private HttpApi bearer(String token) {
    return HttpApi.withAuthorization(port, "Bearer " + token);
  }

  private static String token(KeyPair keys, Instant expires, String... roles) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("someone@crew-training")
            .issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
            .expirationTime(Date.from(expires))
            .claim("roles", java.util.List.of(roles))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner(keys.getPrivate()));
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
