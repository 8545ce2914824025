package org.crewtraining.program.programme;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.crewtraining.support.web.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A query parameter that does not convert (e.g. {@code ?status=OPEN}) is reported like any other
 * bad field: problem+json with {@code errors:[{field, message}]}, listing the accepted values of an
 * enum. Runs before the shared handler, whose default answer names the parameter only in prose.
 */
@RestControllerAdvice(assignableTypes = ProgramController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryParameterProblems {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String message =
        type != null && type.isEnum()
            ? "'" + e.getValue() + "' is not one of " + Arrays.toString(type.getEnumConstants())
            : "'" + e.getValue() + "' is not a valid value";
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Invalid field(s): " + e.getName());
    problem.setType(URI.create("urn:crew-training:problem:invalid-request"));
    problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
    problem.setProperty("code", "invalid-request");
    problem.setProperty("errors", List.of(new FieldError(e.getName(), message)));
    return problem;
  }
}
