package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sessions of a programme that runs on attendance, and each applicant's attendance at them,
 * consistent with the applicant's planned fate under the programme's completion rule (the same
 * arithmetic as enrollment-service's {@code CompletionEvaluation}: credited minutes × 100 ≥ percent
 * × planned minutes).
 */
final class SessionPlanner {

  /** The rule set before publishing: program-service's default share, made explicit. */
  static final int MIN_ATTENDED_PERCENT = 80;

  private final Random rnd;
  private final List<PlannedSession> sessions;
  private final long plannedMinutes;

  SessionPlanner(Random rnd, List<PlannedSession> sessions) {
    this.rnd = rnd;
    this.sessions = sessions;
    this.plannedMinutes = sessions.stream().mapToLong(PlannedSession::contactMinutes).sum();
  }

  /**
   * Seminars and networking events are a single meeting: they keep outcomes typed by hand (and have
   * no sessions, which is what lets enrollment-service accept those).
   */
  static boolean runsOnSessions(Format format) {
    return switch (format) {
      case SHORT_COURSE, WORKSHOP, INTERNSHIP -> true;
      case SEMINAR, NETWORKING_EVENT -> false;
    };
  }

  /**
   * Evening sessions for short courses (working crew), full days for workshops and internships; as
   * many as the planned hours allow (never more), spread evenly from the first to the last day.
   */
  static List<PlannedSession> schedule(
      Format format,
      int plannedHours,
      LocalDate start,
      LocalDate end,
      String deliveryMode,
      String location) {
    LocalTime from;
    LocalTime to;
    int contact;
    switch (format) {
      case SHORT_COURSE -> {
        from = LocalTime.of(18, 30);
        to = LocalTime.of(22, 40);
        contact = 240;
      }
      case WORKSHOP -> {
        from = LocalTime.of(9, 30);
        to = LocalTime.of(17, 0);
        contact = 360;
      }
      case INTERNSHIP -> {
        from = LocalTime.of(9, 0);
        to = LocalTime.of(18, 0);
        contact = 480;
      }
      default -> {
        return List.of();
      }
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    int count = (int) Math.max(1, Math.min(days, plannedHours * 60L / contact));
    String place = "ONLINE".equals(deliveryMode) ? null : location;
    List<PlannedSession> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long offset = count == 1 ? 0 : Math.round((double) i * (days - 1) / (count - 1));
      out.add(
          new PlannedSession(
              start.plusDays(offset),
              from,
              to,
              contact,
              deliveryMode,
              "Session %d of %d".formatted(i + 1, count),
              place));
    }
    return List.copyOf(out);
  }

  /** Sessions before {@code today}: the only ones a running programme has attendance for. */
  static int past(List<PlannedSession> sessions, LocalDate today) {
    return (int) sessions.stream().filter(s -> s.date().isBefore(today)).count();
  }

  /** Whether someone who joins at session {@code from} can still meet the rule. */
  boolean canComplete(int from) {
    long possible = 0;
    for (int i = from; i < sessions.size(); i++) {
      possible += sessions.get(i).contactMinutes();
    }
    return meets(possible);
  }

  /** Mostly present; a few absences, excuses and late arrivals, never enough to miss the rule. */
  List<SessionMark> completed(int from) {
    long credited = 0;
    for (int i = from; i < sessions.size(); i++) {
      credited += sessions.get(i).contactMinutes();
    }
    List<SessionMark> marks = new ArrayList<>();
    for (int i = from; i < sessions.size(); i++) {
      SessionMark mark = lapse(i);
      long loss = sessions.get(i).contactMinutes() - mark.credited(sessions.get(i));
      if (loss > 0 && meets(credited - loss)) {
        credited -= loss;
        marks.add(mark);
      } else {
        marks.add(new SessionMark(i, SessionMark.Status.PRESENT, 0));
      }
    }
    return List.copyOf(marks);
  }

  /** Came to between 30 and 75 % of the sessions, and certainly below the rule. */
  List<SessionMark> notCompleted(int from) {
    List<SessionMark> marks =
        new ArrayList<>(attended(from, sessions.size(), 0.3 + rnd.nextDouble() * 0.45));
    for (int k = marks.size() - 1; k >= 0 && meets(credited(marks)); k--) {
      if (marks.get(k).attended()) {
        marks.set(k, new SessionMark(marks.get(k).session(), SessionMark.Status.ABSENT, 0));
      }
    }
    return List.copyOf(marks);
  }

  /** Sessions {@code from} to {@code to} (exclusive), each attended with the given chance. */
  List<SessionMark> attended(int from, int to, double presence) {
    List<SessionMark> marks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (rnd.nextDouble() < presence) {
        marks.add(
            rnd.nextDouble() < 0.1 ? late(i) : new SessionMark(i, SessionMark.Status.PRESENT, 0));
      } else {
        marks.add(missed(i));
      }
    }
    return List.copyOf(marks);
  }

  long credited(List<SessionMark> marks) {
    return marks.stream().mapToLong(m -> m.credited(sessions.get(m.session()))).sum();
  }

  private boolean meets(long credited) {
    return credited * 100 >= MIN_ATTENDED_PERCENT * plannedMinutes;
  }

  /** What may go wrong at a session for someone who completes anyway. */
  private SessionMark lapse(int i) {
    double r = rnd.nextDouble();
    if (r < 0.04) {
      return missed(i);
    }
    if (r < 0.12) {
      return late(i);
    }
    return new SessionMark(i, SessionMark.Status.PRESENT, 0);
  }

  private SessionMark missed(int i) {
    return new SessionMark(
        i, rnd.nextDouble() < 0.7 ? SessionMark.Status.ABSENT : SessionMark.Status.EXCUSED, 0);
  }

  /** Five to 45 minutes late, in steps of five (traffic, a shoot running over). */
  private SessionMark late(int i) {
    return new SessionMark(i, SessionMark.Status.LATE, 5 * (1 + rnd.nextInt(9)));
  }
}
