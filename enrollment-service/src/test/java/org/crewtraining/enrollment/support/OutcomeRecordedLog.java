package org.crewtraining.enrollment.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crewtraining.enrollment.participation.OutcomeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@link OutcomeRecorded} the service published, from any thread (requests, the program-event
 * listener). A test bean found by the application's component scan, so every test context has it.
 */
@Component
public class OutcomeRecordedLog {

  private final List<OutcomeRecorded> seen = new CopyOnWriteArrayList<>();

  @EventListener
  void on(OutcomeRecorded outcome) {
    seen.add(outcome);
  }

  /** The outcome events published for this enrolment, oldest first. */
  public List<OutcomeRecorded> of(String enrollmentId) {
    return seen.stream().filter(o -> o.enrollment().enrollmentId().equals(enrollmentId)).toList();
  }
}
