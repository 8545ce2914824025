package org.crewtraining.readmodels;

import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.AttendanceFigures;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionRecorded;

/**
 * {@link ProjectionFold}'s cases for an enrollment's outcome, assessment and certificates: each
 * event replaces the outcome, the assessment or one certificate.
 */
final class OutcomeFold {

  private OutcomeFold() {}

  /** By the rule when it carries the figures the rule judged, else typed by hand. */
  static EnrollmentState completed(EnrollmentState state, CompletionRecorded e) {
    AttendanceFigures figures = e.getAttendance();
    RuleEvaluation rule =
        figures == null
            ? null
            : new RuleEvaluation(
                figures.getAttendedMinutes(),
                figures.getPlannedMinutes(),
                figures.getMinAttendedPercent(),
                figures.getRequiredSessionsMissed(),
                figures.getAssessmentPassed(),
                figures.getRuleVersion());
    return state.withOutcome(
        status(e.getOutcome()),
        new EnrollmentOutcome(
            e.getHoursCompleted(),
            e.getCompletionDate(),
            e.getCertificateId(),
            rule == null ? CompletionBasis.MANUAL : CompletionBasis.RULE,
            rule));
  }

  /** Replaces the outcome; the rule's figures it went against stay for the record. */
  static EnrollmentState overridden(EnrollmentState state, CompletionOverridden e) {
    EnrollmentOutcome before = state.outcome();
    return state.withOutcome(
        status(e.getOutcome()),
        new EnrollmentOutcome(
            e.getHoursCompleted(),
            e.getCompletionDate(),
            before.certificateId(),
            CompletionBasis.OVERRIDE,
            before.rule()));
  }

  static ReportedEnrollmentStatus status(CompletionOutcome outcome) {
    return outcome == CompletionOutcome.COMPLETED
        ? ReportedEnrollmentStatus.COMPLETED
        : ReportedEnrollmentStatus.NOT_COMPLETED;
  }

  static EnrollmentAssessment assessment(AssessmentRecorded e) {
    return new EnrollmentAssessment(e.getPassed(), e.getAssessedOn());
  }

  static EnrollmentState issued(EnrollmentState state, CertificateIssued e) {
    IssuedCertificate existing = state.certificates().get(e.getCertificateId());
    return state.withCertificate(
        e.getCertificateId(),
        // Issued after its revocation was seen: still revoked (revocation is final).
        new IssuedCertificate(
            e.getIssueDate(), e.getHours(), existing != null && existing.revoked()));
  }

  static EnrollmentState revoked(EnrollmentState state, CertificateRevoked e) {
    IssuedCertificate existing = state.certificates().get(e.getCertificateId());
    return state.withCertificate(
        e.getCertificateId(),
        existing != null ? existing.revoke() : new IssuedCertificate(null, 0.0, true));
  }
}
