package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Builds the {@link DemoPlan}: pure and deterministic (one seeded Random, consumed in a fixed
 * order), so tests can check the figures and a re-run produces the same history.
 *
 * <p>It mirrors enrollment-service's seat rules: the first {@code capacity} applicants are
 * confirmed, the rest waitlisted in order; added seats and each withdrawal promote the head of the
 * waitlist. So the plan knows which applicants held a seat without asking the service. Next year's
 * programmes that select by application come last ({@link SelectionPlanner}).
 */
public final class PlanGenerator {

  /** Published with ProgramCancelled; the note stays in program-service (ADR 0006). */
  static final String CANCEL_REASON_CODE = "VENUE_UNAVAILABLE";

  static final String CANCEL_NOTE =
      "Venue closed for safety repairs after flooding; the workshop moves to the next cohort";

  static final String OVERRIDE_REASON_CODE = "MAKE_UP_WORK_ACCEPTED";

  private final Random rnd;
  private final double scale;
  private final LocalDate today;

  private PlanGenerator(long seed, double scale, LocalDate today) {
    this.rnd = new Random(seed);
    this.scale = scale;
    this.today = today;
  }

  /**
   * @param scale share of the real numbers of seats and applicants (1 = full size); every programme
   *     is kept at any scale
   * @param today no completion is dated after it (enrollment-service refuses future dates)
   */
  public static DemoPlan generate(long seed, double scale, LocalDate today) {
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException("scale must be in (0, 1], was " + scale);
    }
    PlanGenerator generator = new PlanGenerator(seed, scale, today);
    ApplicantPool pool = new ApplicantPool(generator.rnd);
    List<PlannedProgram> programs = new ArrayList<>();
    for (Catalogue.Template template : Catalogue.templates()) {
      programs.add(generator.program(template, programs.size() + 1, pool));
    }
    // Drawn after the history, from people it already has: its figures stay as they were.
    List<PlannedParticipant> participants = pool.participants();
    List<PlannedSelection> selections =
        new SelectionPlanner(generator.rnd, scale, today, participants).plan(programs.size() + 1);
    return new DemoPlan(seed, scale, today, List.copyOf(programs), participants, selections);
  }

  private PlannedProgram program(Catalogue.Template t, int number, ApplicantPool pool) {
    int capacity = Math.max(2, (int) Math.round(t.capacity() * scale));
    int increase = t.capacityIncrease() == 0 ? 0 : scaledAtLeastOne(t.capacityIncrease());
    // Oversubscribed programmes have at least two waiting at any scale: one gets promoted.
    int applicantCount =
        t.demand() > 1
            ? capacity + Math.max(2, (int) Math.round((t.demand() - 1) * t.capacity() * scale))
            : Math.max(1, (int) Math.round(capacity * t.demand()));
    LocalDate start = LocalDate.of(t.year(), t.month(), 1 + rnd.nextInt(20));
    LocalDate end = start.plusDays(t.days() - 1L);
    List<Integer> applicants = pool.applicants(t, applicantCount);

    int confirmed = Math.min(capacity, applicantCount);
    List<Integer> withdrawals = withdrawals(t, confirmed);
    int seats = Math.min(applicantCount, capacity + increase + withdrawals.size());
    Set<Integer> withdrawn = new HashSet<>(withdrawals);
    List<Integer> finishing = new ArrayList<>();
    for (int i = 0; i < seats; i++) {
      if (!withdrawn.contains(i)) {
        finishing.add(i);
      }
    }
    List<PlannedSession> sessions =
        SessionPlanner.runsOnSessions(t.format())
            ? SessionPlanner.schedule(
                t.format(), t.hours(), start, end, t.deliveryMode(), t.location())
            : List.of();
    int past = SessionPlanner.past(sessions, today);
    // Withdrawals come after the first tenth of the sessions; those they promote miss those.
    int withdrawAfter = Math.min(past, Math.max(1, (int) Math.round(sessions.size() * 0.1)));
    int promotedLate = Math.min(seats, capacity + increase);
    SessionPlanner planner = new SessionPlanner(rnd, sessions);
    boolean outcomesKnown = sessions.isEmpty() || past == sessions.size();
    Set<Integer> completing =
        outcomesKnown
            ? completing(
                t,
                finishing,
                i ->
                    sessions.isEmpty()
                        || planner.canComplete(i >= promotedLate ? withdrawAfter : 0))
            : Set.of();

    List<PlannedEnrollment> enrollments = new ArrayList<>(applicantCount);
    Attendance attendance = new Attendance(rnd, t.format(), t.hours(), start, end, today);
    for (int i = 0; i < applicantCount; i++) {
      int participant = applicants.get(i);
      int joined = i >= promotedLate ? withdrawAfter : 0;
      if (i >= seats) {
        Fate fate =
            switch (t.ending()) {
              case CLOSED -> Fate.WAITLIST_RELEASED;
              case RUNNING -> Fate.WAITING;
              case CANCELLED -> Fate.CANCELLED;
            };
        enrollments.add(new PlannedEnrollment(participant, false, fate, 0, 0, null, null));
      } else if (t.ending() == Ending.CANCELLED) {
        enrollments.add(new PlannedEnrollment(participant, true, Fate.CANCELLED, 0, 0, null, null));
      } else if (!sessions.isEmpty()) {
        LocalDate last = sessions.get(sessions.size() - 1).date();
        if (withdrawn.contains(i)) {
          enrollments.add(
              byAttendance(
                  participant,
                  Fate.WITHDRAWN,
                  planner.attended(0, withdrawAfter, 0.9),
                  planner,
                  null));
        } else if (completing.contains(i)) {
          enrollments.add(
              byAttendance(participant, Fate.COMPLETED, planner.completed(joined), planner, last));
        } else if (t.ending() == Ending.CLOSED) {
          enrollments.add(
              byAttendance(
                  participant, Fate.NOT_COMPLETED, planner.notCompleted(joined), planner, last));
        } else {
          enrollments.add(
              byAttendance(
                  participant,
                  Fate.IN_PROGRESS,
                  planner.attended(joined, past, 0.6 + rnd.nextDouble() * 0.4),
                  planner,
                  null));
        }
      } else if (withdrawn.contains(i)) {
        enrollments.add(attendance.withdrawn(participant));
      } else if (completing.contains(i)) {
        String certificate = "CT%d-%02d-%04d".formatted(t.year(), number, i + 1);
        enrollments.add(attendance.completed(participant, certificate));
      } else if (t.ending() == Ending.CLOSED) {
        enrollments.add(attendance.notCompleted(participant));
      } else {
        enrollments.add(attendance.inProgress(participant));
      }
    }
    overrideOne(t, enrollments);
    return new PlannedProgram(
        key(t, number),
        t.title(),
        t.partners(),
        t.format(),
        t.track(),
        t.audience(),
        capacity,
        increase,
        start,
        end,
        t.deliveryMode(),
        t.year(),
        t.location(),
        t.hours(),
        t.ending(),
        t.ending() == Ending.CANCELLED ? CANCEL_REASON_CODE : null,
        t.ending() == Ending.CANCELLED ? CANCEL_NOTE : null,
        List.copyOf(enrollments),
        List.copyOf(withdrawals),
        sessions,
        sessions.isEmpty() ? 0 : SessionPlanner.MIN_ATTENDED_PERCENT,
        sessions.isEmpty() ? 0 : withdrawAfter);
  }

  /**
   * A closed internship shows the override path: its first intern below the rule had make-up work
   * accepted, so a registrar overrides the rule's outcome to COMPLETED (with the reason code).
   */
  private static void overrideOne(Catalogue.Template t, List<PlannedEnrollment> enrollments) {
    if (t.format() != Format.INTERNSHIP || t.ending() != Ending.CLOSED) {
      return;
    }
    for (int i = 0; i < enrollments.size(); i++) {
      if (enrollments.get(i).fate() == Fate.NOT_COMPLETED) {
        enrollments.set(i, enrollments.get(i).overridden(OVERRIDE_REASON_CODE));
        return;
      }
    }
  }

  /** Sessions attended and hours credited follow from the marks, as the rule computes them. */
  private static PlannedEnrollment byAttendance(
      int participant,
      Fate fate,
      List<SessionMark> marks,
      SessionPlanner planner,
      LocalDate outcomeDate) {
    int attended = (int) marks.stream().filter(SessionMark::attended).count();
    return new PlannedEnrollment(
        participant,
        true,
        fate,
        attended,
        planner.credited(marks) / 60.0,
        outcomeDate,
        null,
        marks,
        null);
  }

  /**
   * About 4 % of the confirmed crew withdraw (work calls); a cancelled programme has no time to.
   */
  private List<Integer> withdrawals(Catalogue.Template t, int confirmed) {
    if (t.ending() == Ending.CANCELLED) {
      return List.of();
    }
    int count = (int) Math.round(confirmed * (0.03 + rnd.nextDouble() * 0.02));
    // Small (scaled) oversubscribed programmes still show one withdrawal and its promotion.
    if (count == 0 && t.demand() > 1 && confirmed >= 2) {
      count = 1;
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < confirmed; i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, rnd);
    return List.copyOf(indexes.subList(0, count));
  }

  /**
   * Who completes among those who kept their seat. The share is fixed per programme (not drawn per
   * person) so the year's completion rate lands near its target: about 87 % of 2024's crew. Running
   * programmes have only a third of their outcomes recorded so far.
   */
  private Set<Integer> completing(
      Catalogue.Template t, List<Integer> finishing, IntPredicate canComplete) {
    if (t.ending() == Ending.CANCELLED || !attendanceStarted(t)) {
      return Set.of();
    }
    double yearRate =
        switch (t.year()) {
          case 2022 -> 0.84;
          case 2023 -> 0.86;
          case 2024 -> 0.87;
          default -> 0.88;
        };
    // Withdrawals take about 4 % of the seats, so those staying complete a little more often.
    double share = Math.min(1, yearRate / 0.96 + (rnd.nextDouble() - 0.5) * 0.04);
    if (t.ending() == Ending.RUNNING) {
      share *= 0.35;
    }
    List<Integer> shuffled = new ArrayList<>(finishing);
    Collections.shuffle(shuffled, rnd);
    // Someone promoted after too many sessions cannot reach the rule: others complete first.
    shuffled.sort(Comparator.comparing(i -> !canComplete.test(i)));
    Set<Integer> chosen = new HashSet<>();
    for (int i : shuffled.subList(0, (int) Math.round(finishing.size() * share))) {
      if (canComplete.test(i)) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  private boolean attendanceStarted(Catalogue.Template t) {
    return !LocalDate.of(t.year(), t.month(), 21).isAfter(today);
  }

  private int scaledAtLeastOne(double value) {
    return Math.max(1, (int) Math.round(value * scale));
  }

  private static String key(Catalogue.Template t, int number) {
    String slug = t.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return "%02d-%s".formatted(number, slug.replaceAll("^-|-$", ""));
  }
}
