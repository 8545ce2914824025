package org.crewtraining.support.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account behind the current request, as recorded in event metadata ({@code actor}). It comes
 * from authentication only: a client cannot name someone else as the author of a change.
 */
public final class AuthenticatedActor {

  private AuthenticatedActor() {}

  /** The user name (local users) or token subject (JWT); null outside an authenticated request. */
  public static String name() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return authentication.getName();
  }
}
