package org.crewtraining.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query string with NUL ({@code %00}) in any parameter name or value, before any
 * controller sees it: PostgreSQL cannot hold NUL in text, so a filter value carrying one failed
 * deep in a query as a 500. Answers 400 problem+json naming the parameter (a name that itself holds
 * NUL is shown still percent-encoded).
 */
public class NulQueryParameterFilter extends OncePerRequestFilter {

  static final String MESSAGE = "must not contain NUL characters";

  private final JsonMapper jsonMapper;

  public NulQueryParameterFilter(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String parameter = parameterWithNul(request.getQueryString());
    if (parameter == null) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem =
        ApiExceptionHandler.problem(
            HttpStatus.BAD_REQUEST, "invalid-request", "Invalid field(s): " + parameter);
    problem.setProperty("errors", List.of(new FieldError(parameter, MESSAGE)));
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    jsonMapper.writeValue(response.getOutputStream(), problem);
  }

  /** The first parameter whose name or value decodes to text with NUL, or null. */
  static String parameterWithNul(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      String name = decode(rawName);
      if (name.indexOf('\0') >= 0) {
        return rawName;
      }
      if (decode(rawValue).indexOf('\0') >= 0) {
        return name;
      }
    }
    return null;
  }

  /** Percent-decoded as the container does; a malformed escape is left to the container. */
  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return raw.contains("%00") ? "\0" : raw;
    }
  }
}
