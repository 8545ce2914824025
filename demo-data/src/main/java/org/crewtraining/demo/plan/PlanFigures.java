package org.crewtraining.demo.plan;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The plan's headline figures, computed with reporting-service's definitions (enrolled = ever held
 * a seat; crew = distinct participants who held a seat; completion rate = completed / enrolled), so
 * they are what the dashboard shows after a full run.
 */
public record PlanFigures(DemoPlan plan) {

  public Map<Integer, Map<Format, Long>> programmesByYearAndFormat() {
    return plan.programs().stream()
        .collect(
            Collectors.groupingBy(
                PlannedProgram::cohortYear,
                TreeMap::new,
                Collectors.groupingBy(
                    PlannedProgram::format, TreeMap::new, Collectors.counting())));
  }

  public long programmes(int year, Format format) {
    return plan.programs().stream()
        .filter(p -> p.cohortYear() == year && p.format() == format)
        .count();
  }

  /** Seat-holding enrollments of one year's programmes of one format. */
  public long enrolled(int year, Format format) {
    return plan.programs().stream()
        .filter(p -> p.cohortYear() == year && p.format() == format)
        .mapToLong(PlannedProgram::seatHolders)
        .sum();
  }

  /** Distinct participants who held a seat in a programme of the given cohort years. */
  public long distinctCrew(int fromYear, int toYear) {
    return plan.programs().stream()
        .filter(p -> p.cohortYear() >= fromYear && p.cohortYear() <= toYear)
        .flatMap(p -> p.applicants().stream())
        .filter(PlannedEnrollment::heldSeat)
        .map(PlannedEnrollment::participant)
        .distinct()
        .count();
  }

  /** Distinct participants who completed a programme of the given cohort years. */
  public long distinctCompleters(int fromYear, int toYear) {
    return plan.programs().stream()
        .filter(p -> p.cohortYear() >= fromYear && p.cohortYear() <= toYear)
        .flatMap(p -> p.applicants().stream())
        .filter(e -> e.fate() == Fate.COMPLETED)
        .map(PlannedEnrollment::participant)
        .distinct()
        .count();
  }

  public double completionRate(int year) {
    long enrolled = sum(p -> p.cohortYear() == year, PlannedProgram::seatHolders);
    long completed = sum(p -> p.cohortYear() == year, p -> p.count(Fate.COMPLETED));
    return enrolled == 0 ? 0 : (double) completed / enrolled;
  }

  public long applications() {
    return sum(p -> true, p -> p.applicants().size());
  }

  public long count(Fate fate) {
    return sum(p -> true, p -> p.count(fate));
  }

  public long programmes(Ending ending) {
    return plan.programs().stream().filter(p -> p.ending() == ending).count();
  }

  /** Attendance entries the runner sends: one per seat holder and session taken. */
  public long attendanceEntries() {
    return sum(p -> true, p -> p.applicants().stream().mapToLong(e -> e.marks().size()).sum());
  }

  /** Outcomes decided by the completion rule when their programme closes. */
  public long outcomesByRuleAtClose() {
    return sum(
        p -> p.runsOnSessions() && p.ending() == Ending.CLOSED,
        p ->
            p.applicants().stream()
                .filter(e -> e.hasOutcome() && e.overrideReasonCode() == null)
                .count());
  }

  public long overrides() {
    return sum(
        p -> true,
        p -> p.applicants().stream().filter(e -> e.overrideReasonCode() != null).count());
  }

  /** Applications to next year's programmes that select by application, of one kind. */
  public long byApplication(Predicate<PlannedApplication> which) {
    return plan.selections().stream().mapToLong(s -> s.count(which)).sum();
  }

  private long sum(
      Predicate<PlannedProgram> filter, java.util.function.ToLongFunction<PlannedProgram> measure) {
    return plan.programs().stream().filter(filter).mapToLong(measure).sum();
  }

  /** Multi-line summary for {@code --dry-run} and the runner's opening line. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        "plan: seed %d, scale %s, %d programmes, %d participants, %d applications%n"
            .formatted(
                plan.seed(),
                plan.scale(),
                plan.programs().size(),
                plan.participants().size(),
                applications()));
    programmesByYearAndFormat()
        .forEach((year, formats) -> out.append("  %d: %s%n".formatted(year, formats)));
    out.append(
        "  2024 short courses: %d programmes, %d crew enrolled%n"
            .formatted(programmes(2024, Format.SHORT_COURSE), enrolled(2024, Format.SHORT_COURSE)));
    out.append(
        "  distinct crew 2022-2024: %d, of whom %d completed a programme%n"
            .formatted(distinctCrew(2022, 2024), distinctCompleters(2022, 2024)));
    out.append(
        "  on sessions: %d programmes, %d sessions, %d attendance entries, %d outcomes by the rule at close, %d overrides%n"
            .formatted(
                plan.programs().stream().filter(PlannedProgram::runsOnSessions).count(),
                sum(p -> true, p -> p.sessions().size()),
                attendanceEntries(),
                outcomesByRuleAtClose(),
                overrides()));
    for (int year = 2022; year <= 2025; year++) {
      out.append("  completion rate %d: %.1f %%%n".formatted(year, 100 * completionRate(year)));
    }
    out.append(
        "  completed %d, not completed %d, withdrawn %d, in progress %d, waitlist released %d,"
                .formatted(
                    count(Fate.COMPLETED),
                    count(Fate.NOT_COMPLETED),
                    count(Fate.WITHDRAWN),
                    count(Fate.IN_PROGRESS),
                    count(Fate.WAITLIST_RELEASED))
            + " still waiting %d, cancelled %d; programmes closed %d, running %d, cancelled %d%n"
                .formatted(
                    count(Fate.WAITING),
                    count(Fate.CANCELLED),
                    programmes(Ending.CLOSED),
                    programmes(Ending.RUNNING),
                    programmes(Ending.CANCELLED)));
    for (PlannedSelection s : plan.selections()) {
      out.append(
          "  by application: %s, %d seats, window %s: %d applications, %d shortlisted, %d rejected,"
                  .formatted(
                      s.programme().title(),
                      s.programme().capacity(),
                      s.selectsDuringRun() ? "closes during the run" : "open 30 more days",
                      s.applications().size(),
                      s.count(PlannedApplication::shortlisted),
                      s.count(PlannedApplication::rejected))
              + " %d not yet reviewed%s%n"
                  .formatted(
                      s.count(a -> !a.reviewed()),
                      !s.selectsDuringRun()
                          ? ""
                          : "; the shortlisted answer an offer: %d accept, %d decline, %d never"
                              .formatted(
                                  s.shortlistedAnswering(OfferAnswer.ACCEPT),
                                  s.shortlistedAnswering(OfferAnswer.DECLINE),
                                  s.shortlistedAnswering(OfferAnswer.NONE))));
    }
    return out.toString();
  }
}
