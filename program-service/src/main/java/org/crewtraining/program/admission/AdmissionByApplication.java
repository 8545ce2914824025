package org.crewtraining.program.admission;

import java.time.Instant;
import java.util.List;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;

/**
 * Seats go by application and selection: applications are taken in [applicationsOpenAt,
 * applicationsCloseAt), with these questions; the selection respects the quotas, and an offered
 * seat stands for offerValidityHours.
 */
public record AdmissionByApplication(
    Instant applicationsOpenAt,
    Instant applicationsCloseAt,
    List<ApplicationQuestion> questions,
    List<Quota> quotas,
    int offerValidityHours) {

  public AdmissionByApplication {
    questions = List.copyOf(questions);
    quotas = List.copyOf(quotas);
  }

  AdmissionByApplication withQuotas(List<Quota> newQuotas) {
    return new AdmissionByApplication(
        applicationsOpenAt, applicationsCloseAt, questions, newQuotas, offerValidityHours);
  }

  /** The seats the quotas reserve together. */
  int minimumSeats() {
    return quotas.stream().mapToInt(Quota::minSeats).sum();
  }

  /** The largest cap of any quota; 0 without quotas. */
  int largestMaximum() {
    return quotas.stream().mapToInt(Quota::maxSeats).max().orElse(0);
  }

  Admission toEvent() {
    return new Admission(
        applicationsOpenAt,
        applicationsCloseAt,
        questions,
        quotas.stream().map(Quota::toEvent).toList(),
        offerValidityHours);
  }
}
