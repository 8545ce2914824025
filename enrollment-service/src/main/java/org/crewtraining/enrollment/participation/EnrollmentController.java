package org.crewtraining.enrollment.participation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

  private final EnrollmentService enrollments;
  private final EnrollmentQueries queries;
  private final IdempotentRequests idempotent;

  EnrollmentController(
      EnrollmentService enrollments, EnrollmentQueries queries, IdempotentRequests idempotent) {
    this.enrollments = enrollments;
    this.queries = queries;
    this.idempotent = idempotent;
  }

  /** The key's fingerprint covers the programme too: one key cannot enrol in two programmes. */
  record EnrolCommand(String programId, String participantId) {}

  @PostMapping("/programs/{programId}/enrollments")
  ResponseEntity<Enrollment> enrol(
      @PathVariable String programId,
      @Valid @RequestBody EnrolRequest body,
      CommandHeaders headers) {
    IdempotentOutcome<Enrollment> outcome =
        idempotent.execute(
            "enrollment.enrol",
            headers.idempotencyKey(),
            new EnrolCommand(programId, body.participantId()),
            Enrollment.class,
            () -> enrollments.enrol(programId, body.participantId(), headers.context()));
    Enrollment enrollment = outcome.body();
    return outcome
        .markReplay(ResponseEntity.created(URI.create("/enrollments/" + enrollment.enrollmentId())))
        .body(enrollment);
  }

  @GetMapping("/enrollments/{enrollmentId}")
  Enrollment get(@PathVariable String enrollmentId) {
    return enrollments.get(enrollmentId);
  }

  @PostMapping("/enrollments/{enrollmentId}/withdrawal")
  Enrollment withdraw(
      @PathVariable String enrollmentId,
      @Valid @RequestBody(required = false) WithdrawRequest body,
      CommandContext context) {
    WithdrawRequest request = body == null ? WithdrawRequest.NONE : body;
    return enrollments.withdraw(enrollmentId, request.withdrawal(), context);
  }

  @PostMapping("/enrollments/{enrollmentId}/progress")
  Enrollment progress(
      @PathVariable String enrollmentId,
      @Valid @RequestBody ProgressRequest body,
      CommandContext context) {
    return enrollments.recordProgress(enrollmentId, body, context);
  }

  @PutMapping("/enrollments/{enrollmentId}/completion")
  Enrollment completion(
      @PathVariable String enrollmentId,
      @Valid @RequestBody CompletionRequest body,
      CommandContext context) {
    return enrollments.recordCompletion(enrollmentId, body, context);
  }

  @GetMapping("/programs/{programId}/roster")
  List<RosterEntry> roster(@PathVariable String programId) {
    return queries.roster(programId);
  }

  @GetMapping("/programs/{programId}/waitlist")
  List<RosterEntry> waitlist(@PathVariable String programId) {
    return queries.waitlist(programId);
  }

  @GetMapping("/participants/{participantId}/enrollments")
  List<Enrollment> ofParticipant(@PathVariable String participantId) {
    return queries.ofParticipant(participantId);
  }
}
