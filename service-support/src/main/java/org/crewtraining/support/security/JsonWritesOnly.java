package org.crewtraining.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every state-changing request must say its body is JSON, even when it has none. A browser sends
 * such a request cross-site only after a CORS preflight, which no service answers: an HTML form or
 * a "simple" fetch can only send form, multipart or text bodies, so it can no longer publish, close
 * or rebuild anything on behalf of someone signed in. Runs after authorization, so a caller without
 * credentials or role still learns only 401/403.
 */
final class JsonWritesOnly extends OncePerRequestFilter {

  static final String DETAIL =
      "A JSON Content-Type (application/json or application/*+json) is required for POST, PUT,"
          + " PATCH and DELETE requests, also when the body is empty.";

  private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final RequestMatcher exempt;
  private final ProblemResponses problems;

  /**
   * @param exempt requests with a protection of their own (the login form's CSRF token)
   */
  JsonWritesOnly(RequestMatcher exempt, ProblemResponses problems) {
    this.exempt = exempt;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (UNSAFE_METHODS.contains(request.getMethod())
        && !isJson(request.getContentType())
        && !exempt.matches(request)) {
      response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
      problems.unsupportedMediaType(response, DETAIL);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.getType().equals("application")
          && !type.isWildcardSubtype()
          && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
