package org.crewtraining.enrollment.application;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

  private final ApplicationService applications;
  private final IdempotentRequests idempotent;

  ApplicationController(ApplicationService applications, IdempotentRequests idempotent) {
    this.applications = applications;
    this.idempotent = idempotent;
  }

  /** What an Idempotency-Key is fingerprinted on: the programme too, so one key applies once. */
  record ApplyCommand(String programId, ApplyRequest request) {}

  /**
   * What a key stores and replays: only the id, so the personal answers are not copied into the
   * idempotency table; the response is read afresh.
   */
  record Submitted(String applicationId) {}

  @PostMapping("/programs/{programId}/applications")
  ResponseEntity<Application> apply(
      @PathVariable String programId,
      @Valid @RequestBody ApplyRequest body,
      CommandHeaders headers) {
    IdempotentOutcome<Submitted> outcome =
        idempotent.execute(
            "application.apply",
            headers.idempotencyKey(),
            new ApplyCommand(programId, body),
            Submitted.class,
            () ->
                new Submitted(
                    applications.apply(programId, body, headers.context()).applicationId()));
    String applicationId = outcome.body().applicationId();
    return outcome
        .markReplay(ResponseEntity.created(URI.create("/applications/" + applicationId)))
        .body(applications.get(applicationId));
  }

  @GetMapping("/programs/{programId}/applications")
  List<Application> ofProgramme(
      @PathVariable String programId, @RequestParam(required = false) ApplicationStatus status) {
    return applications.ofProgramme(programId, status);
  }

  @GetMapping("/applications/{applicationId}")
  Application get(@PathVariable String applicationId) {
    return applications.get(applicationId);
  }

  @PostMapping("/applications/{applicationId}/withdrawal")
  Application withdraw(
      @PathVariable String applicationId,
      @Valid @RequestBody(required = false) WithdrawApplicationRequest body,
      CommandContext context) {
    WithdrawApplicationRequest request = body == null ? WithdrawApplicationRequest.NONE : body;
    return applications.withdraw(applicationId, request.reason(), context);
  }

  @PutMapping("/applications/{applicationId}/review")
  Application review(
      @PathVariable String applicationId,
      @Valid @RequestBody ReviewRequest body,
      CommandContext context) {
    return applications.review(applicationId, body, context);
  }

  @ExceptionHandler(AlreadyAppliedException.class)
  ProblemDetail alreadyApplied(AlreadyAppliedException e) {
    ProblemDetail problem =
        ApiExceptionHandler.problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
    problem.setProperty("applicationId", e.applicationId());
    problem.setProperty("application", "/applications/" + e.applicationId());
    return problem;
  }
}
