package org.crewtraining.support.security;

import java.util.Arrays;

/**
 * The platform's roles (ADR 0005). A user or token may hold several; {@code ROLE_} is added where
 * Spring Security needs it, so configuration and token claims carry the plain names.
 */
public enum CrewRole {
  /** Creates and runs programmes. */
  PROGRAM_ADMIN,
  /** Participants, enrollments, completions: the personal data. */
  REGISTRAR,
  /** Audit trail, replay, verify, export. */
  AUDITOR,
  /** Reports and the dashboard. */
  VIEWER;

  /** Names for {@code hasAnyRole(...)}. */
  public static String[] names(CrewRole... roles) {
    return Arrays.stream(roles).map(Enum::name).toArray(String[]::new);
  }

  /** Every role: for what any signed-in user of the platform may see. */
  public static String[] all() {
    return names(values());
  }
}
