package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;

import java.util.Set;
import org.crewtraining.demo.plan.PlannedEnrollment;

/**
 * Progress and outcomes typed by hand: the path of programmes without sessions (seminars and
 * networking events), where enrollment-service still accepts them.
 */
class TypedOutcomeSteps {

  /** A promotion caused by added seats arrives over Kafka, so the seat may not be there yet. */
  private static final Set<String> NOT_YET_CONFIRMED = Set.of("enrollment-not-confirmed");

  private final ApiClient api;
  private final RunSettings settings;
  private final RunStats stats;

  TypedOutcomeSteps(ApiClient api, RunSettings settings, RunStats stats) {
    this.api = api;
    this.settings = settings;
    this.stats = stats;
  }

  void progress(String enrollmentId, PlannedEnrollment e) {
    if (!e.reportsProgress()) {
      return;
    }
    ProgramScript.expect(
        api.send(
            "POST",
            settings.enrollment("/enrollments/" + enrollmentId + "/progress"),
            fields("sessionsAttended", e.sessions(), "hoursAttended", e.hours()),
            null,
            NOT_YET_CONFIRMED),
        "progress");
  }

  void complete(String enrollmentId, PlannedEnrollment e) {
    ProgramScript.expect(
        api.send(
            "PUT",
            settings.enrollment("/enrollments/" + enrollmentId + "/completion"),
            fields(
                "outcome", e.fate().name(),
                "hoursCompleted", e.hours(),
                "completionDate", e.completionDate().toString(),
                "certificateId", e.certificateId()),
            null,
            NOT_YET_CONFIRMED),
        "completion");
    stats.completions.incrementAndGet();
  }
}
