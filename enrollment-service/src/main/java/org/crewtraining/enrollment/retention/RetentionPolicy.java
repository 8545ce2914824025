package org.crewtraining.enrollment.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.consent.ConsentPurpose;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is past retention today: a participant's data is kept for the longest period among the
 * purposes that apply (training administration always, an optional purpose while its consent
 * holds), counted from their last use; due the day after.
 */
@Component
public class RetentionPolicy {

  private final RetentionRepository repository;
  private final RetentionProperties properties;
  private final EnrollmentProperties enrollment;
  private final Clock clock;

  RetentionPolicy(
      RetentionRepository repository,
      RetentionProperties properties,
      EnrollmentProperties enrollment,
      Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.enrollment = enrollment;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RetentionDue due() {
    return dueOn(LocalDate.now(clock.withZone(enrollment.timeZone())));
  }

  RetentionDue dueOn(LocalDate today) {
    // Nobody whose last use is after this is due under even the shortest period.
    LocalDate lastUseBefore =
        properties.periods().values().stream()
            .map(today::minus)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    List<RetentionDue.Participant> due = new ArrayList<>();
    for (RetentionCandidate c :
        repository.candidates(lastUseBefore, enrollment.timeZone(), properties.batch())) {
      List<ConsentPurpose> purposes = new ArrayList<>();
      LocalDate until = null;
      for (ConsentPurpose purpose : ConsentPurpose.values()) {
        if (purpose.required() || c.held().contains(purpose)) {
          purposes.add(purpose);
          LocalDate end = c.lastUse().plus(properties.period(purpose));
          until = until == null || end.isAfter(until) ? end : until;
        }
      }
      if (today.isAfter(until)) {
        due.add(new RetentionDue.Participant(c.participantId(), c.lastUse(), until, purposes));
      }
    }
    return new RetentionDue(today, due);
  }
}
