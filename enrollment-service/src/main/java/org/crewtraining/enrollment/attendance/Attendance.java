package org.crewtraining.enrollment.attendance;

/**
 * The current attendance of one enrolment at one session (its latest entry).
 *
 * @param lateMinutes positive for LATE, 0 otherwise
 */
public record Attendance(String sessionId, AttendanceStatus status, int lateMinutes) {}
