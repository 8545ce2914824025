package org.crewtraining.enrollment.participation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.crewtraining.enrollment.web.RequestContext;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

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
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = RequestContext.CORRELATION_HEADER, required = false) String corr) {
    RequestContext context = RequestContext.of(corr);
    IdempotentOutcome<Enrollment> outcome =
        idempotent.execute(
            "enrollment.enrol",
            key,
            new EnrolCommand(programId, body.participantId()),
            Enrollment.class,
            () -> enrollments.enrol(programId, body.participantId(), context));
    Enrollment enrollment = outcome.body();
    return ResponseEntity.created(URI.create("/enrollments/" + enrollment.enrollmentId()))
        .header(REPLAYED, Boolean.toString(outcome.replayed()))
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
      @RequestHeader(name = RequestContext.CORRELATION_HEADER, required = false) String corr) {
    WithdrawRequest request = body == null ? WithdrawRequest.NONE : body;
    return enrollments.withdraw(enrollmentId, request.withdrawal(), RequestContext.of(corr));
  }

  @PostMapping("/enrollments/{enrollmentId}/progress")
  Enrollment progress(
      @PathVariable String enrollmentId,
      @Valid @RequestBody ProgressRequest body,
      @RequestHeader(name = RequestContext.CORRELATION_HEADER, required = false) String corr) {
    return enrollments.recordProgress(enrollmentId, body, RequestContext.of(corr));
  }

  @PutMapping("/enrollments/{enrollmentId}/completion")
  Enrollment completion(
      @PathVariable String enrollmentId,
      @Valid @RequestBody CompletionRequest body,
      @RequestHeader(name = RequestContext.CORRELATION_HEADER, required = false) String corr) {
    return enrollments.recordCompletion(enrollmentId, body, RequestContext.of(corr));
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
