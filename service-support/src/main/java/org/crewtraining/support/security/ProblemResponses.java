package org.crewtraining.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 in the same problem+json shape as every other error of the API (see {@link
 * ApiExceptionHandler}), with a stable {@code code}. Security answers before any controller, so the
 * exception handler never sees these.
 */
final class ProblemResponses {

  /** Scheme named in the local users' 401 challenge: anything but Basic, see localChallenge. */
  static final String LOCAL_SCHEME = "Crew";

  private final JsonMapper jsonMapper;

  ProblemResponses(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /**
   * @param challenge sets the status and the {@code WWW-Authenticate} header of the scheme in force
   *     ({@link #localChallenge} locally, Bearer with JWT, whose header also says why a token was
   *     refused)
   */
  AuthenticationEntryPoint unauthenticated(AuthenticationEntryPoint challenge) {
    return (request, response, e) -> {
      challenge.commence(request, response, e);
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthenticated",
          "Authentication required: valid credentials or a valid bearer token.");
    };
  }

  /**
   * The challenge of local users, who send {@code Authorization: Basic} up front (curl -u, our
   * clients). A 401 must name a scheme (RFC 9110 §11.6.1), but a {@code Basic} challenge makes a
   * browser prompt for the password and then repeat it by itself, cross-site too; a scheme of our
   * own name prompts nothing.
   */
  static AuthenticationEntryPoint localChallenge(String realm) {
    return (request, response, e) -> {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, LOCAL_SCHEME + " realm=\"" + realm + "\"");
    };
  }

  void unsupportedMediaType(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail);
  }

  /** The management port, asked from outside the allowed networks. */
  void networkNotAllowed(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.FORBIDDEN,
        "network-not-allowed",
        "The management port answers only clients from crew.management.allowed-networks.");
  }

  AccessDeniedHandler forbidden() {
    return this::forbidden;
  }

  private void forbidden(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    if (e instanceof CsrfException) {
      write(
          response,
          HttpStatus.FORBIDDEN,
          "csrf-token-missing",
          "This browser request must send the CSRF token of its page (the login form, or the"
              + " signed-in session's).");
      return;
    }
    write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
  }

  private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    jsonMapper.writeValue(
        response.getOutputStream(), ApiExceptionHandler.problem(status, code, detail));
  }
}
