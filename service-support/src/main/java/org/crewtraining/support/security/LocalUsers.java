package org.crewtraining.support.security;

import java.util.List;
import java.util.regex.Pattern;
import org.crewtraining.support.security.CrewSecurityProperties.LocalUser;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The configured local users, checked at start-up: only BCrypt hashes, only known roles. */
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
    return User.withUsername(user.name())
        .password(user.passwordHash())
        .roles(CrewRole.names(user.roles().toArray(CrewRole[]::new)))
        .build();
  }
}
