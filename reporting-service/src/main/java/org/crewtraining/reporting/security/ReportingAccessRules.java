package org.crewtraining.reporting.security;

import static org.crewtraining.support.security.CrewRole.AUDITOR;
import static org.crewtraining.support.security.CrewRole.VIEWER;

import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.security.EndpointRules;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The event-level record (audit trail, export, as-of, rebuild, verify) is for auditors; the read
 * models, the metrics stream and the dashboard are for viewers, and for auditors, who check the
 * figures against the trail.
 */
@Component
class ReportingAccessRules implements EndpointRules {

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    String[] readers = CrewRole.names(VIEWER, AUDITOR);
    // Rebuild and verify span every partner's programmes: not for an account bound to partners.
    requests
        .requestMatchers("/api/admin/**")
        .access(
            AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole(AUDITOR.name()),
                PartnerScope.unboundAccounts()));
    // A manifest names the whole log's offsets, and verify-report folds them unscoped: a report
    // narrowed to some partners could not be derived again from it.
    requests
        .requestMatchers(HttpMethod.GET, "/api/reports/as-of/manifested")
        .access(
            AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole(AUDITOR.name()),
                PartnerScope.unboundAccounts()));
    requests
        .requestMatchers(
            HttpMethod.GET, "/api/programs/manifested", "/api/crew/distinct/manifested")
        .access(
            AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAnyRole(readers), PartnerScope.unboundAccounts()));
    requests
        .requestMatchers("/api/audit/**", "/api/admin/**", "/api/reports/**")
        .hasRole(AUDITOR.name());
    // Downloads: the same roles as the JSON report each renders.
    requests
        .requestMatchers(HttpMethod.GET, "/api/exports/audit/**", "/api/exports/as-of/**")
        .hasRole(AUDITOR.name());
    requests
        .requestMatchers(
            HttpMethod.GET,
            "/api/exports/programs.*",
            "/api/exports/figures/overall.*",
            "/api/exports/rollups/*",
            "/api/exports/attendance.*",
            "/api/exports/programs/*/attendance.*",
            "/api/exports/selection.*",
            "/api/exports/selection/quotas.*",
            "/api/exports/crew/distinct.*",
            "/api/exports/participants/*/transcript.*")
        .hasAnyRole(readers);
    requests
        .requestMatchers(
            HttpMethod.GET,
            "/api/programs",
            "/api/programs/*",
            "/api/programs/*/attendance",
            "/api/attendance",
            "/api/programs/*/selection",
            "/api/selection",
            "/api/figures/**",
            "/api/rollups/*",
            "/api/crew/distinct",
            "/api/participants/*/transcript",
            "/api/completion-metrics",
            "/api/completion-metrics/stream",
            "/api/dashboard/figures",
            "/api/trends/completions")
        .hasAnyRole(readers);
    // The dashboard page and what it loads; the login form itself is served by the filter chain.
    requests
        .requestMatchers(
            HttpMethod.GET,
            "/",
            "/dashboard",
            "/dashboard.html",
            "/dashboard.css",
            "/dashboard.js",
            "/dashboard/*",
            "/webjars/**")
        .hasAnyRole(readers);
  }
}
