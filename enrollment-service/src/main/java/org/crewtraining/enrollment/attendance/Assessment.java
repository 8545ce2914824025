package org.crewtraining.enrollment.attendance;

import java.time.LocalDate;

/** The latest assessment outcome of one enrolment. */
public record Assessment(String enrollmentId, boolean passed, LocalDate assessedOn) {}
