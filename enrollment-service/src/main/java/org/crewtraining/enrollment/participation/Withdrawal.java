package org.crewtraining.enrollment.participation;

import org.crewtraining.events.enrollments.WithdrawalReason;

/**
 * Why a participant withdrew. The code travels in EnrollmentWithdrawn; the note stays in this
 * service's database and is returned only by its own GET (ADR 0006).
 *
 * @param note null when none was given
 */
public record Withdrawal(WithdrawalReason reasonCode, String note) {}
