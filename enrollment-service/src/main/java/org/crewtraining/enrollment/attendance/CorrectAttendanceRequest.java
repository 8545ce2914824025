package org.crewtraining.enrollment.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;
import org.crewtraining.support.validation.NotUnspecified;

/** The corrected entry; the reason travels as a code (ADR 0006), the account as metadata.actor. */
public record CorrectAttendanceRequest(
    @NotNull AttendanceStatus status,
    @Min(0) @Max(1440) Integer lateMinutes,
    @NotNull @NotUnspecified AttendanceCorrectionReason reasonCode) {}
