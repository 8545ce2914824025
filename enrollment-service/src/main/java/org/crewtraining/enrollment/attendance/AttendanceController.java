package org.crewtraining.enrollment.attendance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AttendanceController {

  private final AttendanceService service;
  private final AssessmentService assessments;
  private final AttendanceQueries queries;

  AttendanceController(
      AttendanceService service, AssessmentService assessments, AttendanceQueries queries) {
    this.service = service;
    this.assessments = assessments;
    this.queries = queries;
  }

  /** Bulk entry for one session's roster: all entries or none. Answers the roster as stored. */
  @PostMapping("/programs/{programId}/sessions/{sessionId}/attendance")
  SessionAttendance record(
      @PathVariable String programId,
      @PathVariable String sessionId,
      @Valid @RequestBody RecordAttendanceRequest body,
      CommandContext context) {
    service.record(programId, sessionId, body, context);
    return queries.ofSession(programId, sessionId);
  }

  @GetMapping("/programs/{programId}/sessions/{sessionId}/attendance")
  SessionAttendance ofSession(@PathVariable String programId, @PathVariable String sessionId) {
    return queries.ofSession(programId, sessionId);
  }

  @GetMapping("/enrollments/{enrollmentId}/attendance")
  EnrollmentAttendance ofEnrollment(@PathVariable String enrollmentId) {
    return queries.ofEnrollment(enrollmentId);
  }

  @PutMapping("/enrollments/{enrollmentId}/attendance/{sessionId}")
  EnrollmentAttendance correct(
      @PathVariable String enrollmentId,
      @PathVariable String sessionId,
      @Valid @RequestBody CorrectAttendanceRequest body,
      CommandContext context,
      HttpServletRequest request) {
    service.correct(enrollmentId, sessionId, body, rolesOf(request), context);
    return queries.ofEnrollment(enrollmentId);
  }

  @PutMapping("/enrollments/{enrollmentId}/assessment")
  Assessment assess(
      @PathVariable String enrollmentId,
      @Valid @RequestBody AssessmentRequest body,
      CommandContext context) {
    return assessments.assess(enrollmentId, body, context);
  }

  @ExceptionHandler(CorrectionForbiddenException.class)
  ProblemDetail forbidden(CorrectionForbiddenException e) {
    return ApiExceptionHandler.problem(
        HttpStatus.FORBIDDEN, "correction-needs-program-admin", e.getMessage());
  }

  /** The caller's roles as authentication established them (local users or JWT). */
  private static Set<CrewRole> rolesOf(HttpServletRequest request) {
    return Arrays.stream(CrewRole.values())
        .filter(role -> request.isUserInRole(role.name()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CrewRole.class)));
  }
}
