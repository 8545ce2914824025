package org.crewtraining.support.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param users local users, used only while no JWT issuer or key is configured (the local default
 *     in {@code crew-security.yml}; the deployment profile has none)
 * @param rolesClaim JWT claim holding role names (a list or a space-separated string)
 * @param formLogin also offer a login form and a session, for a service with browser pages
 * @param observations Spring Security's own observations (each filter, authentication,
 *     authorization); off by default, see {@link CrewSecurityAutoConfiguration}
 */
@ConfigurationProperties("crew.security")
public record CrewSecurityProperties(
    List<LocalUser> users, String rolesClaim, boolean formLogin, boolean observations) {

  public CrewSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
    rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
  }

  /**
   * @param passwordHash BCrypt hash of the password; a plain password is refused at start-up
   */
  public record LocalUser(String name, String passwordHash, Set<CrewRole> roles) {

    public LocalUser {
      roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
  }
}
