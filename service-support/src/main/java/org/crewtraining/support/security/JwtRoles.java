package org.crewtraining.support.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Token → authorities: each name in the roles claim becomes {@code ROLE_<name>}, the same
 * authorities local users get, so one set of endpoint rules serves both; scopes stay {@code
 * SCOPE_*} as Spring maps them (no rule uses them).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
  private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

  JwtRoles(String rolesClaim) {
    roles.setAuthoritiesClaimName(rolesClaim);
    roles.setAuthorityPrefix("ROLE_");
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<GrantedAuthority> authorities =
        Stream.concat(roles.convert(jwt).stream(), scopes.convert(jwt).stream()).toList();
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }
}
