package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Next year's two programmes that select by application: a residency whose window closes during the
 * run (selection, offers, answers) and a lab still taking applications, its office mid-review.
 * Applicants are people the history already has (returning crew and students), so the plan's
 * participants stay the same; the Random is the plan's, drawn after the history's.
 */
final class SelectionPlanner {

  /** The lab's office has reviewed this share of its applications, in submission order. */
  static final double LAB_REVIEWED_SHARE = 0.6;

  private final Random rnd;
  private final double scale;
  private final LocalDate today;
  private final List<PlannedParticipant> pool;

  SelectionPlanner(Random rnd, double scale, LocalDate today, List<PlannedParticipant> pool) {
    this.rnd = rnd;
    this.scale = scale;
    this.today = today;
    this.pool = pool;
  }

  List<PlannedSelection> plan(int firstNumber) {
    return List.of(residency(firstNumber), documentaryLab(firstNumber + 1));
  }

  /**
   * Open to crew and students (about 40 % of the applicants); quotas on students (25-50 % of the
   * seats) and VFX (≤ 40 %).
   */
  private PlannedSelection residency(int number) {
    int capacity = seats(24);
    PlannedProgram programme =
        programme(
            number,
            "Netflix x KOCCA Virtual Production Residency",
            List.of("Netflix", "KOCCA"),
            Format.INTERNSHIP,
            Craft.PRODUCTION,
            Audience.OPEN,
            capacity,
            42,
            240,
            "Virtual production stage, Goyang");
    List<Question> questions = List.of(Question.MOTIVATION, Question.PORTFOLIO_LINK);
    int students = Math.max(1, (int) Math.round(capacity * 0.25));
    List<PlannedQuota> quotas =
        List.of(
            PlannedQuota.of(
                ParticipantType.UNIVERSITY_STUDENT,
                students,
                Math.max(students, (int) Math.round(capacity * 0.5))),
            PlannedQuota.of(Craft.VFX, 0, Math.max(1, (int) Math.round(capacity * 0.4))));
    List<Integer> applicants =
        applicants(Audience.OPEN, 0.4, (int) Math.round(capacity * 2.5), Craft.VFX, 0.35);
    return new PlannedSelection(
        programme,
        true,
        questions,
        quotas,
        72,
        new ApplicationPlanner(rnd, pool)
            .applications(applicants, questions, Craft.PRODUCTION, applicants.size(), capacity));
  }

  /** Students only; quotas by craft; the window stays open and 60 % are reviewed so far. */
  private PlannedSelection documentaryLab(int number) {
    int capacity = seats(16);
    PlannedProgram programme =
        programme(
            number,
            "KOFIC Academy Documentary Directing Lab",
            List.of("KOFIC"),
            Format.WORKSHOP,
            Craft.DIRECTING,
            Audience.UNIVERSITY_STUDENT,
            capacity,
            10,
            60,
            "Korean Academy of Film Arts, Seoul");
    List<Question> questions =
        List.of(Question.MOTIVATION, Question.RELEVANT_EXPERIENCE, Question.AVAILABILITY);
    int directors = Math.max(1, (int) Math.round(capacity * 0.25));
    List<PlannedQuota> quotas =
        List.of(
            PlannedQuota.of(
                Craft.DIRECTING, directors, Math.max(directors, (int) Math.round(capacity * 0.75))),
            PlannedQuota.of(
                Craft.CINEMATOGRAPHY, 0, Math.max(1, (int) Math.round(capacity * 0.25))));
    List<Integer> applicants =
        applicants(Audience.UNIVERSITY_STUDENT, 1, capacity * 2, Craft.DIRECTING, 0.5);
    int reviewed = (int) Math.round(applicants.size() * LAB_REVIEWED_SHARE);
    return new PlannedSelection(
        programme,
        false,
        questions,
        quotas,
        120,
        new ApplicationPlanner(rnd, pool)
            .applications(applicants, questions, Craft.DIRECTING, reviewed, capacity));
  }

  /** About three months ahead, in next year's cohort; sessions planned, none taken yet. */
  private PlannedProgram programme(
      int number,
      String name,
      List<String> partners,
      Format format,
      Craft track,
      Audience audience,
      int capacity,
      int days,
      int hours,
      String location) {
    int year = today.getYear() + 1;
    LocalDate earliest = today.plusMonths(3);
    LocalDate firstWeek = LocalDate.of(year, 1, 5);
    LocalDate start =
        (earliest.isBefore(firstWeek) ? firstWeek : earliest).plusDays(rnd.nextInt(14));
    LocalDate end = start.plusDays(days - 1L);
    String title = name + " " + year;
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    List<PlannedSession> sessions =
        SessionPlanner.schedule(format, hours, start, end, "IN_PERSON", location);
    return new PlannedProgram(
        "%02d-%s".formatted(number, slug.replaceAll("^-|-$", "")),
        title,
        partners,
        format,
        track,
        audience,
        capacity,
        0,
        start,
        end,
        "IN_PERSON",
        year,
        location,
        hours,
        Ending.RUNNING,
        null,
        null,
        List.of(),
        List.of(),
        sessions,
        SessionPlanner.MIN_ATTENDED_PERCENT,
        0);
  }

  private int seats(int fullSize) {
    return Math.max(4, (int) Math.round(fullSize * scale));
  }

  /**
   * Distinct participants the audience admits, in submission order: students at the given share
   * where crew may apply too, and within each type a share of the preferred craft (who the
   * programme attracts most).
   */
  private List<Integer> applicants(
      Audience audience, double students, int count, Craft preferred, double share) {
    Map<ParticipantType, List<List<Integer>>> candidates = new EnumMap<>(ParticipantType.class);
    for (PlannedParticipant p : pool) {
      if (audience.admits(p.type())) {
        List<List<Integer>> lists =
            candidates.computeIfAbsent(
                p.type(), t -> List.of(new ArrayList<>(), new ArrayList<>()));
        lists.get(p.craft() == preferred ? 0 : 1).add(p.index());
      }
    }
    List<Integer> chosen = new ArrayList<>(count);
    while (chosen.size() < count) {
      ParticipantType type =
          rnd.nextDouble() < students
              ? ParticipantType.UNIVERSITY_STUDENT
              : ParticipantType.INDUSTRY_WORKER;
      List<List<Integer>> lists = candidates.getOrDefault(type, List.of());
      lists = lists.stream().allMatch(List::isEmpty) ? remaining(candidates) : lists;
      if (lists.isEmpty()) {
        break; // fewer eligible people than applicants planned (a very small scale)
      }
      List<Integer> favoured = lists.get(0);
      List<Integer> others = lists.get(1);
      List<Integer> from =
          !favoured.isEmpty() && (others.isEmpty() || rnd.nextDouble() < share) ? favoured : others;
      chosen.add(from.remove(rnd.nextInt(from.size())));
    }
    return chosen;
  }

  /** The lists of any type that still has candidates; empty when nobody is left. */
  private static List<List<Integer>> remaining(Map<ParticipantType, List<List<Integer>>> byType) {
    return byType.values().stream()
        .filter(lists -> lists.stream().anyMatch(l -> !l.isEmpty()))
        .findFirst()
        .orElse(List.of());
  }
}
