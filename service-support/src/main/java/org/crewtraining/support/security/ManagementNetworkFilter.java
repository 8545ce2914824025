package org.crewtraining.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of the management chain: a client outside the allowed networks gets 403 problem+json
 * whatever credentials it sends, before any authentication is attempted.
 */
final class ManagementNetworkFilter extends OncePerRequestFilter {

  private final AllowedNetworks networks;
  private final ProblemResponses problems;

  ManagementNetworkFilter(AllowedNetworks networks, ProblemResponses problems) {
    this.networks = networks;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (networks.allows(request.getRemoteAddr())) {
      chain.doFilter(request, response);
    } else {
      problems.networkNotAllowed(response);
    }
  }
}
