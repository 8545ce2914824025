package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Attendance and outcome of one programme's applicants, within enrollment-service's rules:
 * completion dates between the programme start and today, hours within the planned hours.
 */
final class Attendance {

  private final Random rnd;
  private final int plannedHours;
  private final int totalSessions;
  private final LocalDate start;
  private final LocalDate end;
  private final LocalDate today;

  Attendance(
      Random rnd,
      Format format,
      int plannedHours,
      LocalDate start,
      LocalDate end,
      LocalDate today) {
    this.rnd = rnd;
    this.plannedHours = plannedHours;
    double hoursPerSession =
        switch (format) {
          case INTERNSHIP -> 8;
          case SHORT_COURSE, WORKSHOP -> 4;
          case SEMINAR, NETWORKING_EVENT -> plannedHours;
        };
    this.totalSessions = Math.max(1, (int) Math.round(plannedHours / hoursPerSession));
    this.start = start;
    this.end = end;
    this.today = today;
  }

  PlannedEnrollment completed(int participant, String certificate) {
    return new PlannedEnrollment(
        participant,
        true,
        Fate.COMPLETED,
        totalSessions,
        plannedHours,
        completionDate(),
        certificate);
  }

  PlannedEnrollment notCompleted(int participant) {
    if (start.isAfter(today)) {
      return inProgress(participant);
    }
    double share = 0.3 + rnd.nextDouble() * 0.45;
    return new PlannedEnrollment(
        participant,
        true,
        Fate.NOT_COMPLETED,
        sessions(share),
        hours(share),
        completionDate(),
        null);
  }

  /** Attended a little before withdrawing; one-session events have nothing to report. */
  PlannedEnrollment withdrawn(int participant) {
    double share = start.isAfter(today) ? 0 : 0.05 + rnd.nextDouble() * 0.35;
    return new PlannedEnrollment(
        participant, true, Fate.WITHDRAWN, sessions(share), hours(share), null, null);
  }

  /** A running programme: attendance so far, no outcome yet. */
  PlannedEnrollment inProgress(int participant) {
    double elapsed;
    if (start.isAfter(today)) {
      elapsed = 0;
    } else if (end.isAfter(today)) {
      elapsed =
          (double) ChronoUnit.DAYS.between(start, today)
              / (1 + ChronoUnit.DAYS.between(start, end));
    } else {
      elapsed = 1;
    }
    double share = elapsed * (0.6 + rnd.nextDouble() * 0.4);
    return new PlannedEnrollment(
        participant, true, Fate.IN_PROGRESS, sessions(share), hours(share), null, null);
  }

  private int sessions(double share) {
    return (int) Math.round(totalSessions * share);
  }

  /** Half-hour steps, never more than the programme plans. */
  private double hours(double share) {
    return Math.min(plannedHours, Math.round(plannedHours * share * 2) / 2.0);
  }

  /** Certificates are issued within two weeks of the end, never in the future. */
  private LocalDate completionDate() {
    LocalDate date = end.plusDays(rnd.nextInt(15));
    if (date.isAfter(today)) {
      date = today;
    }
    return date.isBefore(start) ? start : date;
  }
}
