package org.crewtraining.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crewtraining.support.security.CrewSecurityProperties.LocalUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Accounts bound to partners: local users' {@code partners}, the token's partner claim. */
class PartnerScopeTest {

  private static final String HASH = "$2a$10$NP0aR4reM/KKjrHEr9hqdum44EBt68nNGzsS0mVz2PzwVxVB/gKAK";
  private final JwtRoles converter = new JwtRoles("roles", "partner");

  @Test
  void aBoundScopeAllowsProgrammesWithOneOfItsPartners() {
    PartnerScope kocca = PartnerScope.of(List.of("KOCCA"));
    assertThat(kocca.allows(List.of("KOCCA", "Netflix"))).isTrue();
    assertThat(kocca.allows(List.of("KOFIC"))).isFalse();
    assertThat(kocca.allows(List.of())).isFalse(); // a programme not created yet
    assertThat(kocca.allowsPartner("Netflix")).isFalse();
    assertThat(PartnerScope.UNRESTRICTED.allows(List.of())).isTrue();
    assertThat(PartnerScope.NONE.allows(List.of("KOCCA"))).isFalse();
  }

  @Test
  void aLocalUserWithPartnersIsBoundToThemAndOneWithoutSeesAll() {
    var users =
        LocalUsers.of(
            List.of(
                new LocalUser("k", HASH, Set.of(CrewRole.VIEWER), List.of("KOCCA", "Netflix")),
                new LocalUser("v", HASH, Set.of(CrewRole.VIEWER), null)));
    assertThat(scopeOf(users.loadUserByUsername("k")))
        .isEqualTo(PartnerScope.of(List.of("KOCCA", "Netflix")));
    assertThat(scopeOf(users.loadUserByUsername("v"))).isEqualTo(PartnerScope.UNRESTRICTED);
    assertThat(users.loadUserByUsername("k").getAuthorities())
        .extracting(Object::toString)
        .contains("ROLE_VIEWER");
  }

  @Test
  void anEmptyPartnerListIsRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                LocalUsers.of(
                    List.of(new LocalUser("k", HASH, Set.of(CrewRole.VIEWER), List.of()))))
        .hasMessageContaining("partners");
  }

  @Test
  void thePartnerClaimIsOneNameOrAList() {
    assertThat(PartnerScope.of(converter.convert(jwt(Map.of("partner", "KOCCA")))))
        .isEqualTo(PartnerScope.of(List.of("KOCCA")));
    assertThat(
            PartnerScope.of(converter.convert(jwt(Map.of("partner", List.of("KOFIC", "Netflix"))))))
        .isEqualTo(PartnerScope.of(List.of("KOFIC", "Netflix")));
    assertThat(PartnerScope.of(converter.convert(jwt(Map.of()))))
        .isEqualTo(PartnerScope.UNRESTRICTED);
  }

  @Test
  void aPartnerClaimNamingNobodyRefusesTheToken() {
    for (Object claim : List.of("", List.of(), List.of("KOCCA", 7), 42)) {
      assertThatThrownBy(() -> converter.convert(jwt(Map.of("partner", claim))))
          .as(String.valueOf(claim))
          .isInstanceOf(InvalidBearerTokenException.class);
    }
  }

  private static PartnerScope scopeOf(org.springframework.security.core.userdetails.UserDetails u) {
    return PartnerScope.of(
        UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
  }

  private static Jwt jwt(Map<String, Object> claims) {
    Jwt.Builder jwt =
        Jwt.withTokenValue("t")
            .header("alg", "none")
            .subject("someone")
            .claim("roles", List.of("VIEWER"))
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60));
    claims.forEach(jwt::claim);
    return jwt.build();
  }
}
