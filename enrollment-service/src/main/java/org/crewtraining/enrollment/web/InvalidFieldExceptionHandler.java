package org.crewtraining.enrollment.web;

import java.net.URI;
import java.util.List;
import org.crewtraining.support.web.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Same problem shape as the shared handler's bean-validation errors, for rule-based checks. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidFieldExceptionHandler {

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid field(s): " + e.field());
    problem.setType(URI.create("urn:crew-training:problem:invalid-request"));
    problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
    problem.setProperty("code", "invalid-request");
    problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
    return problem;
  }
}
