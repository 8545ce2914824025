package org.crewtraining.program.admission;

import java.util.List;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.crewtraining.support.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change of the programme itself (its capacity, its start date) that the admission it has would
 * no longer fit: 409 problem+json {@code admission-conflict}, naming the field in {@code errors}. A
 * conflict rather than bad input: the same request is fine for a programme admitting first come.
 */
class AdmissionConflict extends ErrorResponseException {

  AdmissionConflict(String field, String message) {
    super(HttpStatus.CONFLICT, problem(field, message), null);
  }

  private static ProblemDetail problem(String field, String message) {
    ProblemDetail problem =
        ApiExceptionHandler.problem(
            HttpStatus.CONFLICT, "admission-conflict", field + " " + message);
    problem.setProperty("errors", List.of(new FieldError(field, message)));
    return problem;
  }
}
