package org.crewtraining.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.crewtraining.support.security.CrewRole;

/**
 * The local default users (service-support's crew-security.yml), for tests that call the services
 * over HTTP. Written out here rather than read from the configuration, so a changed hash or role
 * there fails the tests.
 */
public enum TestUser {
  ADMIN(EnumSet.of(CrewRole.PROGRAM_ADMIN)),
  REGISTRAR(EnumSet.of(CrewRole.REGISTRAR)),
  AUDITOR(EnumSet.of(CrewRole.AUDITOR)),
  VIEWER(EnumSet.of(CrewRole.VIEWER)),
  /** Every role: the default of the test HTTP helpers and of the local scripts. */
  OPERATOR(EnumSet.allOf(CrewRole.class)),
  /** A partner agency's viewer: only programmes KOCCA is a partner of. */
  KOCCA_VIEWER(EnumSet.of(CrewRole.VIEWER), "KOCCA"),
  /** A partner agency's auditor: only programmes KOFIC is a partner of. */
  KOFIC_AUDITOR(EnumSet.of(CrewRole.AUDITOR), "KOFIC");

  private final Set<CrewRole> roles;
  private final Set<String> partners;

  TestUser(Set<CrewRole> roles, String... partners) {
    this.roles = roles;
    this.partners = Set.of(partners);
  }

  public String username() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The partners the user is bound to; empty for a user who sees every partner's programmes. */
  public Set<String> partners() {
    return partners;
  }

  public static TestUser named(String username) {
    return Arrays.stream(values())
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(username));
  }

  public String password() {
    return "crew-" + username();
  }

  public Set<CrewRole> roles() {
    return roles;
  }

  /** The value of an {@code Authorization} header (HTTP Basic). */
  public String authorization() {
    return basic(username(), password());
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
