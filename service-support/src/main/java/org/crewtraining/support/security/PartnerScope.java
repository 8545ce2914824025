package org.crewtraining.support.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which partners' programmes an account may see (ADR 0011): every programme (an account bound to no
 * partner), or only those with at least one of its partners. An account is bound by a granted
 * authority {@code PARTNER_<name>} per partner, given to local users from their {@code partners}
 * and to tokens from the partner claim; an account without such an authority is unrestricted.
 *
 * @param partners the partners of a restricted scope; empty for an unrestricted one
 */
public record PartnerScope(boolean unrestricted, Set<String> partners) {

  public static final String AUTHORITY_PREFIX = "PARTNER_";

  public static final PartnerScope UNRESTRICTED = new PartnerScope(true, Set.of());

  /** Sees nothing: what a request without an authenticated account gets (fail closed). */
  public static final PartnerScope NONE = new PartnerScope(false, Set.of());

  public PartnerScope {
    partners = unrestricted ? Set.of() : Set.copyOf(new TreeSet<>(partners));
  }

  /** Only the programmes of these partners. */
  public static PartnerScope of(Collection<String> partners) {
    return new PartnerScope(false, Set.copyOf(partners));
  }

  /** Whether a programme with these partners is visible. */
  public boolean allows(Collection<String> programmePartners) {
    return unrestricted || programmePartners.stream().anyMatch(partners::contains);
  }

  /** Whether a filter naming this partner can match anything visible. */
  public boolean allowsPartner(String partner) {
    return unrestricted || partners.contains(partner);
  }

  /** The authority that binds an account to a partner. */
  public static GrantedAuthority authority(String partner) {
    return new SimpleGrantedAuthority(AUTHORITY_PREFIX + partner);
  }

  /** The scope of an authenticated account, from its {@code PARTNER_*} authorities. */
  public static PartnerScope of(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return NONE;
    }
    Set<String> bound =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a != null && a.startsWith(AUTHORITY_PREFIX))
            .map(a -> a.substring(AUTHORITY_PREFIX.length()))
            .collect(Collectors.toSet());
    return bound.isEmpty() ? UNRESTRICTED : of(bound);
  }

  /**
   * Grants only accounts bound to no partner: for what spans every partner's programmes and cannot
   * be narrowed to some (rebuild, verify).
   */
  public static <T> AuthorizationManager<T> unboundAccounts() {
    return (authentication, object) ->
        new AuthorizationDecision(of(authentication.get()).unrestricted());
  }

  /** The scope of the caller of the current request; {@link #NONE} outside one. */
  public static PartnerScope current() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }
}
