package org.crewtraining.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Token → authorities: each name in the roles claim becomes {@code ROLE_<name>}, the same
 * authorities local users get, so one set of endpoint rules serves both; each partner in the
 * partner claim {@code PARTNER_<name>} ({@link PartnerScope}); scopes stay {@code SCOPE_*} as
 * Spring maps them (no rule uses them).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
  private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
  private final String partnerClaim;

  JwtRoles(String rolesClaim, String partnerClaim) {
    roles.setAuthoritiesClaimName(rolesClaim);
    roles.setAuthorityPrefix("ROLE_");
    this.partnerClaim = partnerClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<GrantedAuthority> authorities =
        Stream.of(roles.convert(jwt), scopes.convert(jwt), partners(jwt))
            .flatMap(Collection::stream)
            .toList();
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  /**
   * A string is one partner's name (names may hold spaces, so it is not split), a list several. A
   * claim that is present but names nobody, or is of another type, refuses the token (401): read as
   * "no partner" it would open every partner's programmes.
   */
  private List<GrantedAuthority> partners(Jwt jwt) {
    if (!jwt.hasClaim(partnerClaim)) {
      return List.of();
    }
    Object claim = jwt.getClaims().get(partnerClaim);
    List<String> names = new ArrayList<>();
    if (claim instanceof String name) {
      names.add(name);
    } else if (claim instanceof Collection<?> list) {
      list.forEach(item -> names.add(item instanceof String name ? name : null));
    }
    if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
      throw new InvalidBearerTokenException(
          "The " + partnerClaim + " claim must name one partner or a list of partners");
    }
    return names.stream().map(String::strip).map(PartnerScope::authority).toList();
  }
}
