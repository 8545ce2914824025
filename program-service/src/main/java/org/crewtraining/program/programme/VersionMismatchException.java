package org.crewtraining.program.programme;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * If-Match named a version that is no longer current: 412 problem+json, nothing changed. The client
 * re-reads the programme and decides again.
 */
public class VersionMismatchException extends ErrorResponseException {

  public VersionMismatchException(String programId, long expected, long current) {
    super(HttpStatus.PRECONDITION_FAILED, problem(programId, expected, current), null);
  }

  private static ProblemDetail problem(String programId, long expected, long current) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PRECONDITION_FAILED,
            "Programme "
                + programId
                + " is at version "
                + current
                + ", not "
                + expected
                + "; re-read it and retry.");
    problem.setType(URI.create("urn:crew-training:problem:version-mismatch"));
    problem.setTitle(HttpStatus.PRECONDITION_FAILED.getReasonPhrase());
    problem.setProperty("code", "version-mismatch");
    problem.setProperty("currentVersion", current);
    return problem;
  }
}
