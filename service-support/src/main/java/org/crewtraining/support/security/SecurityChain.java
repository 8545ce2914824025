package org.crewtraining.support.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Builds the one filter chain of a service: shared rules, the service's rules, how to sign in. */
final class SecurityChain {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final HttpSecurity http;
  private final CrewSecurityProperties properties;
  private final ProblemResponses problems;

  SecurityChain(HttpSecurity http, CrewSecurityProperties properties, ProblemResponses problems) {
    this.http = http;
    this.properties = properties;
    this.problems = problems;
  }

  /**
   * Shared rules first, the service's next, and everything else denied: an endpoint nobody wrote a
   * rule for answers 401/403, never 200.
   */
  SecurityChain authorize(List<EndpointRules> serviceRules) throws Exception {
    http.authorizeHttpRequests(
        requests -> {
          // Error pages and async completions (SSE, streamed exports) belong to a request that
          // was authorized when it came in.
          requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
          // Actuator is not here: it answers on the management port only (ManagementChain).
          requests
              .requestMatchers(
                  HttpMethod.GET,
                  "/v3/api-docs",
                  "/v3/api-docs/**",
                  "/v3/api-docs.yaml",
                  "/swagger-ui.html",
                  "/swagger-ui/**")
              .hasAnyRole(CrewRole.all());
          serviceRules.forEach(rules -> rules.authorize(requests));
          requests.anyRequest().denyAll();
        });
    return this;
  }

  SecurityChain authenticate(boolean jwt) throws Exception {
    AuthenticationEntryPoint entryPoint;
    if (jwt) {
      entryPoint = problems.unauthenticated(new BearerTokenAuthenticationEntryPoint());
      AuthenticationEntryPoint bearer = entryPoint;
      http.oauth2ResourceServer(
          server ->
              server
                  .jwt(
                      token ->
                          token.jwtAuthenticationConverter(
                              new JwtRoles(properties.rolesClaim(), properties.partnerClaim())))
                  .authenticationEntryPoint(bearer)
                  .accessDeniedHandler(problems.forbidden()));
      stateless();
    } else {
      entryPoint = problems.unauthenticated(ProblemResponses.localChallenge("crew-training"));
      AuthenticationEntryPoint basic = entryPoint;
      http.httpBasic(b -> b.authenticationEntryPoint(basic));
      if (properties.formLogin()) {
        entryPoint = browsersToLoginForm(entryPoint);
        browserSessions();
      } else {
        stateless();
      }
    }
    // Registered as the first default rather than set outright: a set entry point would switch
    // off Spring's generated login page.
    AuthenticationEntryPoint chosen = entryPoint;
    http.exceptionHandling(
        e ->
            e.defaultAuthenticationEntryPointFor(chosen, AnyRequestMatcher.INSTANCE)
                .accessDeniedHandler(problems.forbidden()));
    // After authorization: 401 and 403 come first, then the content type, then the controller.
    RequestMatcher formEndpoints =
        !jwt && properties.formLogin() ? loginAndLogout() : request -> false;
    http.addFilterAfter(new JsonWritesOnly(formEndpoints, problems), AuthorizationFilter.class);
    return this;
  }

  SecurityFilterChain build() throws Exception {
    return http.build();
  }

  /** API clients send credentials with every request: no session, and so nothing to forge. */
  private void stateless() throws Exception {
    http.csrf(csrf -> csrf.disable());
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
  }

  /**
   * A login form whose session cookie the browser then sends by itself, so state-changing requests
   * riding on that session need the CSRF token, whatever else they carry (a browser also repeats
   * Basic credentials by itself). Scripts and tools never hold a session: Basic and bearer requests
   * do not create one, so they keep answering 401/403 without a token.
   */
  private void browserSessions() throws Exception {
    http.formLogin(Customizer.withDefaults());
    // The login form too, session or not: otherwise another site can sign a browser in as the
    // attacker (login CSRF) and collect what the victim then does.
    RequestMatcher login =
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    http.csrf(
        csrf ->
            csrf.requireCsrfProtectionMatcher(
                request -> sessionBoundWrite(request) || login.matches(request)));
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(browserNavigation());
    http.requestCache(c -> c.requestCache(cache));
  }

  private static boolean sessionBoundWrite(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod()) && request.isRequestedSessionIdValid();
  }

  /** Spring's form endpoints: URL-encoded forms, protected by the CSRF token instead. */
  private static RequestMatcher loginAndLogout() {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(
        paths.matcher(HttpMethod.POST, "/login"), paths.matcher(HttpMethod.POST, "/logout"));
  }

  /** Page navigations go to the login form; API calls (fetch, SSE, scripts) get the 401 problem. */
  private static AuthenticationEntryPoint browsersToLoginForm(AuthenticationEntryPoint api) {
    RequestMatcher browser = browserNavigation();
    AuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint("/login");
    return (request, response, e) ->
        (browser.matches(request) ? form : api).commence(request, response, e);
  }

  private static RequestMatcher browserNavigation() {
    MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return html;
  }
}
