package org.crewtraining.demo.plan;

import java.util.List;
import java.util.function.Predicate;

/**
 * A programme of next year's cohort whose seats go by application and selection rather than first
 * come, first served. Kept apart from {@link DemoPlan#programs()} so the 2022-2025 history and its
 * figures stay exactly as they were.
 *
 * @param programme what program-service is told (sessions and rule included); it has no first-come
 *     applicants, and stays PUBLISHED
 * @param selectsDuringRun the window closes while the runner waits, which then runs and confirms
 *     the selection and answers the offers; otherwise the window stays open (an office mid-review)
 * @param applications in submission order
 */
public record PlannedSelection(
    PlannedProgram programme,
    boolean selectsDuringRun,
    List<Question> questions,
    List<PlannedQuota> quotas,
    int offerValidityHours,
    List<PlannedApplication> applications) {

  public long count(Predicate<PlannedApplication> which) {
    return applications.stream().filter(which).count();
  }

  /** Shortlisted applicants who plan the given answer to an offer. */
  public long shortlistedAnswering(OfferAnswer answer) {
    return count(a -> a.shortlisted() && a.answer() == answer);
  }
}
