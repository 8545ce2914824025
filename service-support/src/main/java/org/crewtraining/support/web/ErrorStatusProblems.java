package org.crewtraining.support.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem body for an error known only by its status: what the servlet container, Spring MVC
 * and the {@code /error} page answer. Details are fixed texts, so nothing of the request (a broken
 * path, a header) and no exception text or stack trace is echoed back.
 */
public final class ErrorStatusProblems {

  static final URI UNTYPED = URI.create("about:blank");

  private ErrorStatusProblems() {}

  public static ProblemDetail problem(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    if (known == null || !known.isError()) {
      known = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return ApiExceptionHandler.problem(known, code(known), detail(known));
  }

  /** Gives a framework-made problem (no type, or {@code about:blank}) the API's type and code. */
  static void stamp(ProblemDetail problem, int status) {
    HttpStatus known = HttpStatus.resolve(status);
    if (known == null || (problem.getType() != null && !UNTYPED.equals(problem.getType()))) {
      return;
    }
    String code = code(known);
    problem.setType(URI.create("urn:crew-training:problem:" + code));
    if (problem.getTitle() == null) {
      problem.setTitle(known.getReasonPhrase());
    }
    if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
      problem.setProperty("code", code);
    }
  }

  static String code(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "invalid-request";
      case CONTENT_TOO_LARGE -> "payload-too-large";
      case INTERNAL_SERVER_ERROR -> "internal-error";
      default -> status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    };
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          "The request is malformed (request line, path encoding, headers or framing).";
      case NOT_FOUND -> "Nothing exists at this path.";
      case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource.";
      case NOT_ACCEPTABLE -> "This resource answers application/json only.";
      case CONTENT_TOO_LARGE -> "The request body is too large.";
      case URI_TOO_LONG -> "The request URI is too long.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
      case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
      case NOT_IMPLEMENTED -> "This method is not implemented by the server.";
      case INTERNAL_SERVER_ERROR -> "An unexpected error occurred. Retry later.";
      default -> status.getReasonPhrase() + ".";
    };
  }
}
