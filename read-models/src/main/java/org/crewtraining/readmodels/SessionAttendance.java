package org.crewtraining.readmodels;

/**
 * The latest attendance entry of one enrolment at one session: AttendanceRecorded, replaced by each
 * AttendanceCorrected.
 *
 * @param lateMinutes minutes late (LATE only)
 * @param corrected the entry stands by a correction
 */
public record SessionAttendance(ReportedAttendance status, int lateMinutes, boolean corrected) {}
