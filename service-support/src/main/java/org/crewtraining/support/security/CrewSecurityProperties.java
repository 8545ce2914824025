package org.crewtraining.support.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param users local users, used only while no JWT issuer or key is configured (the local default
 *     in {@code crew-security.yml}; the deployment profile has none)
 * @param rolesClaim JWT claim holding role names (a list or a space-separated string)
 * @param partnerClaim JWT claim binding the token to partners (one name as a string, or a list); a
 *     token without it sees every partner's programmes ({@link PartnerScope})
 * @param formLogin also offer a login form and a session, for a service with browser pages
 * @param observations Spring Security's own observations (each filter, authentication,
 *     authorization); off by default, see {@link CrewSecurityAutoConfiguration}
 */
@ConfigurationProperties("crew.security")
public record CrewSecurityProperties(
    List<LocalUser> users,
    String rolesClaim,
    boolean formLogin,
    boolean observations,
    String partnerClaim) {

  public CrewSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
    rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    partnerClaim = partnerClaim == null || partnerClaim.isBlank() ? "partner" : partnerClaim;
  }

  /**
   * @param passwordHash BCrypt hash of the password; a plain password is refused at start-up
   * @param partners the partners whose programmes alone the user sees; absent (null) = every
   *     partner's, as before partners were bound ({@link PartnerScope}); given but empty is refused
   *     at start-up
   */
  public record LocalUser(
      String name, String passwordHash, Set<CrewRole> roles, List<String> partners) {

    public LocalUser {
      roles = roles == null ? Set.of() : Set.copyOf(roles);
      partners = partners == null ? null : List.copyOf(partners);
    }
  }
}
