package org.crewtraining.support.web;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.crewtraining.support.idempotency.IdempotencyKeyReuseException;
import org.crewtraining.support.kafka.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of every service as RFC 9457 problem+json. Bad input names the offending field in
 * {@code errors}; the database being unavailable is a 503, never a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ResourceNotFoundException.class)
  ProblemDetail notFound(ResourceNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
  }

  @ExceptionHandler(StateConflictException.class)
  ProblemDetail conflict(StateConflictException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
    return problem;
  }

  @ExceptionHandler(IdempotencyKeyReuseException.class)
  ProblemDetail keyReuse(IdempotencyKeyReuseException e) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.getMessage());
  }

  /** A rule only checkable against stored state or outside the body: 400 naming the field. */
  @ExceptionHandler(InvalidFieldException.class)
  ResponseEntity<Object> invalidField(InvalidFieldException e) {
    return validationProblem(List.of(new FieldError(e.field(), e.getMessage())), new HttpHeaders());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalidArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "database-unavailable",
            "The database is unavailable; nothing was changed. Retry later.");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(problem);
  }

  /**
   * A transaction that could not begin (no connection), or whose commit or rollback failed on a
   * connection that went away, is no DataAccessException: handled here so that a database outage
   * answers 503, never 500 (docs/reliability.md).
   */
  @ExceptionHandler(TransactionException.class)
  ResponseEntity<ProblemDetail> transactionFailed(TransactionException e) {
    if (DatabaseUnavailable.causedBy(e) || causedByConnectionFailure(e)) {
      return databaseUnavailable(e);
    }
    log.error("Transaction failed", e);
    return ResponseEntity.internalServerError()
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "transaction-failed",
                "The change could not be completed. Retry later."));
  }

  private static boolean causedByConnectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException || t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
            .toList();
    List<FieldError> global =
        e.getBindingResult().getGlobalErrors().stream()
            .map(g -> new FieldError(g.getObjectName(), g.getDefaultMessage()))
            .toList();
    return validationProblem(
        java.util.stream.Stream.concat(errors.stream(), global.stream()).toList(), headers);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldError(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .toList();
    return validationProblem(errors, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getCause();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .body(
                problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage()));
      }
    }
    FieldError field =
        cause instanceof JacksonException jackson ? JsonReadProblems.fieldError(jackson) : null;
    if (field != null) {
      return validationProblem(List.of(field), headers);
    }
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON.");
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A query parameter or path variable that does not convert, named in {@code errors}; the reason
   * is given when an input rule refused the parsed value ({@link InvalidValueException}).
   */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (!(e instanceof MethodArgumentTypeMismatchException mismatch)) {
      return super.handleTypeMismatch(e, headers, status, request);
    }
    InvalidValueException invalid = InvalidValueException.in(e);
    String message = invalid != null ? invalid.getMessage() : "is not a valid value";
    return validationProblem(List.of(new FieldError(mismatch.getName(), message)), headers);
  }

  private ResponseEntity<Object> validationProblem(List<FieldError> errors, HttpHeaders headers) {
    String fields =
        errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid field(s): " + fields);
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * Errors Spring MVC answers itself (404 no handler or resource, 405, 406, 415, missing header or
   * parameter …) carry {@code about:blank}: they get the API's problem type and code like the rest.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      ErrorStatusProblems.stamp(problem, statusCode.value());
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  /** The problem body every error of the API uses, also for security and filter answers. */
  public static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:crew-training:problem:" + code));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    return problem;
  }
}
