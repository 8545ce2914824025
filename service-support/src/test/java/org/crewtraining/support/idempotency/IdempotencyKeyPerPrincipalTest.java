package org.crewtraining.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys per authenticated account, on real PostgreSQL, through the migration a running service goes
 * through: rows written before it stay and are never replayed to anyone.
 */
class IdempotencyKeyPerPrincipalTest {

  private final PostgresTestDatabase.Database database =
      PostgresTestDatabase.create("idempotency_principal");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.url(), database.user(), database.password());
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  private final IdempotentRequests idempotent =
      new IdempotentRequests(
          jdbc,
          new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
          JsonMapper.builder().build());

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aKeyFromBeforeTheMigrationStaysButIsNeverReplayedAndEachUserHasTheirOwnKeys() {
    migrate("0.1");
    jdbc.sql(
            "INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_json)"
                + " VALUES ('test', 'k', 'old-hash', '\"old answer\"')")
        .update();
    migrate(null);

    signIn("admin");
    IdempotentOutcome<String> admin =
        idempotent.execute("test", "k", Map.of("a", 1), String.class, () -> "admin's");
    signIn("registrar");
    IdempotentOutcome<String> registrar =
        idempotent.execute("test", "k", Map.of("a", 2), String.class, () -> "registrar's");
    IdempotentOutcome<String> registrarRetried =
        idempotent.execute("test", "k", Map.of("a", 2), String.class, () -> "run twice");
    signIn("admin");
    IdempotentOutcome<String> adminRetried =
        idempotent.execute("test", "k", Map.of("a", 1), String.class, () -> "run twice");

    assertThat(admin).isEqualTo(new IdempotentOutcome<>("admin's", false));
    assertThat(registrar).isEqualTo(new IdempotentOutcome<>("registrar's", false));
    assertThat(registrarRetried).isEqualTo(new IdempotentOutcome<>("registrar's", true));
    assertThat(adminRetried).isEqualTo(new IdempotentOutcome<>("admin's", true));
    List<String> rows =
        jdbc.sql(
                "SELECT principal || '=' || response_json FROM idempotency_key"
                    + " WHERE idempotency_key = 'k' ORDER BY principal")
            .query(String.class)
            .list();
    assertThat(rows)
        .containsExactly("=\"old answer\"", "admin=\"admin's\"", "registrar=\"registrar's\"");
  }

  private void migrate(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/support")
            .cleanDisabled(true);
    if (target != null) {
      configuration.target(target);
    }
    configuration.load().migrate();
  }

  private static void signIn(String name) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_ADMIN")));
  }
}
