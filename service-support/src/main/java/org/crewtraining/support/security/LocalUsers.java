package org.crewtraining.support.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crewtraining.support.security.CrewSecurityProperties.LocalUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured local users, checked at start-up: only BCrypt hashes, only known roles. Roles
 * become {@code ROLE_*} authorities, partners {@code PARTNER_*} ones ({@link PartnerScope}).
 */
final class LocalUsers {

  private static final Pattern BCRYPT =
      Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

  private LocalUsers() {}

  static InMemoryUserDetailsManager of(List<LocalUser> users) {
    return new InMemoryUserDetailsManager(users.stream().map(LocalUsers::details).toList());
  }

  private static UserDetails details(LocalUser user) {
    if (user.name() == null || user.name().isBlank()) {
      throw new IllegalStateException("crew.security.users: a user without a name");
    }
    if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
      throw new IllegalStateException(
          "crew.security.users["
              + user.name()
              + "].password-hash must be a BCrypt hash; plain passwords are not accepted");
    }
    if (user.roles().isEmpty()) {
      throw new IllegalStateException("crew.security.users[" + user.name() + "] has no role");
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    if (user.partners() != null) {
      if (user.partners().isEmpty() || user.partners().stream().anyMatch(LocalUsers::blank)) {
        throw new IllegalStateException(
            "crew.security.users["
                + user.name()
                + "].partners must name partners; leave it out for a user who sees every partner");
      }
      user.partners().forEach(partner -> authorities.add(PartnerScope.authority(partner)));
    }
    return User.withUsername(user.name())
        .password(user.passwordHash())
        .authorities(authorities)
        .build();
  }

  private static boolean blank(String partner) {
    return partner == null || partner.isBlank();
  }
}
