package org.crewtraining.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Requests that arrived on the management port: served by Boot's child "management" context, whose
 * server runs the same security filter as the application's. Matching the context, not a port
 * number, also holds for a random management port (tests).
 */
final class ManagementServerRequests implements RequestMatcher {

  private static final String MANAGEMENT = "management";

  @Override
  public boolean matches(HttpServletRequest request) {
    WebApplicationContext context =
        WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
    return context != null && WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT);
  }
}
