package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.crewtraining.demo.plan.Ending;
import org.crewtraining.demo.plan.Fate;
import org.crewtraining.demo.plan.PlannedEnrollment;
import org.crewtraining.demo.plan.PlannedProgram;

/**
 * Plays one programme's history through the public APIs, in the order the plan's seat model
 * assumes: all applications, then added seats, withdrawals (each promoting the waitlist head), the
 * waitlist's release, attendance, outcomes, close. Steps of one programme run one after another;
 * programmes run in parallel.
 */
class ProgramScript {

  private static final Set<String> NOT_YET_OPEN = Set.of("program-not-open", "not-found");

  private final PlannedProgram plan;
  private final ApiClient api;
  private final RunSettings settings;
  private final RunStats stats;
  private final AtomicReferenceArray<String> participantIds;
  private final String[] enrollmentIds;
  private final SessionSteps sessions;
  private final TypedOutcomeSteps typed;
  private volatile String programId;

  ProgramScript(
      PlannedProgram plan,
      ApiClient api,
      RunSettings settings,
      RunStats stats,
      AtomicReferenceArray<String> participantIds) {
    this.plan = plan;
    this.api = api;
    this.settings = settings;
    this.stats = stats;
    this.participantIds = participantIds;
    this.enrollmentIds = new String[plan.applicants().size()];
    this.sessions = new SessionSteps(plan, api, settings, stats);
    this.typed = new TypedOutcomeSteps(api, settings, stats);
  }

  PlannedProgram plan() {
    return plan;
  }

  /** Null until created (or when creating it failed). */
  String programId() {
    return programId;
  }

  /** Phase 1: create and publish, so ProgramPublished travels while participants register. */
  void createAndPublish() {
    createAndPublish(programId -> {});
  }

  /**
   * @param beforePublish what else is set while the programme is a DRAFT (e.g. its admission)
   */
  void createAndPublish(Consumer<String> beforePublish) {
    Map<String, Object> create =
        fields(
            "title", settings.title(plan),
            "partners", plan.partners(),
            "format", plan.format().name(),
            "track", plan.track().name(),
            "audience", plan.audience().name(),
            "capacity", plan.capacity(),
            "startDate", plan.startDate().toString(),
            "endDate", plan.endDate().toString(),
            "deliveryMode", plan.deliveryMode(),
            "cohortYear", plan.cohortYear(),
            "location", plan.location(),
            "plannedHours", plan.plannedHours(),
            "instructionLanguage", "ko");
    programId =
        expect(programCall("POST", "/programs", create, "create"), "create").text("programId");
    if (plan.runsOnSessions()) {
      sessions.scheduleAndSetRule(programId);
    }
    beforePublish.accept(programId);
    expect(programCall("POST", "/programs/" + programId + "/publish", null, "publish"), "publish");
  }

  /** Phase 2: everything after publishing; closing is left to {@link #close()} when deferred. */
  void play(boolean closeNow) {
    if (programId == null) {
      return; // creating it failed and was reported
    }
    awaitOpen();
    enrolAll();
    if (plan.ending() == Ending.CANCELLED) {
      expect(
          programCall(
              "POST",
              path("/cancel"),
              fields("reasonCode", plan.cancelReasonCode(), "note", plan.cancelNote()),
              "cancel"),
          "cancel");
      stats.programmes.incrementAndGet();
      return;
    }
    if (plan.capacityIncrease() > 0) {
      addSeats(plan.capacity() + plan.capacityIncrease());
    }
    if (plan.runsOnSessions()) {
      playSessions();
    } else {
      playTypedByHand();
    }
    if (plan.ending() == Ending.CLOSED && closeNow) {
      close();
    } else if (plan.ending() == Ending.RUNNING) {
      stats.programmes.incrementAndGet();
    }
  }

  /**
   * Outcomes typed by hand (seminars, networking): progress reported before each withdrawal and
   * before each outcome.
   */
  private void playTypedByHand() {
    for (int index : plan.withdrawals()) {
      reportProgress(index);
      withdraw(index, "WORK_COMMITMENT", "Called onto a shoot");
    }
    releaseWaitlist();
    List<PlannedEnrollment> applicants = plan.applicants();
    for (int i = 0; i < applicants.size(); i++) {
      if (applicants.get(i).fate() != Fate.WITHDRAWN) {
        reportProgress(i);
      }
      if (applicants.get(i).hasOutcome()) {
        complete(i);
      }
    }
  }

  /**
   * Attendance session by session; the withdrawals (and the promotions they cause) after the plan's
   * first sessions. The plan's overrides are made before the close; a closed programme's other
   * outcomes come from the rule at close, and a running one whose sessions are over has its decided
   * outcomes evaluated on demand.
   */
  private void playSessions() {
    int count = plan.sessions().size();
    for (int s = 0; s < count; s++) {
      if (s == plan.withdrawAfterSessions()) {
        withdrawAll();
      }
      sessions.recordAttendance(programId, s, enrollmentIds);
    }
    if (plan.withdrawAfterSessions() >= count) {
      withdrawAll();
    }
    List<PlannedEnrollment> applicants = plan.applicants();
    for (int i = 0; i < applicants.size(); i++) {
      PlannedEnrollment e = applicants.get(i);
      if (enrollmentIds[i] == null) {
        continue;
      }
      if (e.overrideReasonCode() != null) {
        sessions.override(enrollmentIds[i], e);
      } else if (plan.ending() == Ending.RUNNING && e.hasOutcome()) {
        sessions.evaluate(enrollmentIds[i], e.fate().name());
      }
    }
  }

  private void withdrawAll() {
    for (int index : plan.withdrawals()) {
      withdraw(index, "WORK_COMMITMENT", "Called onto a shoot");
    }
    releaseWaitlist();
  }

  private void releaseWaitlist() {
    List<PlannedEnrollment> applicants = plan.applicants();
    for (int i = 0; i < applicants.size(); i++) {
      if (applicants.get(i).fate() == Fate.WAITLIST_RELEASED) {
        withdraw(i, "OTHER", "Waitlist released at programme start");
      }
    }
  }

  void close() {
    expect(programCall("POST", path("/close"), null, "close"), "close");
    stats.programmes.incrementAndGet();
  }

  void awaitOpen() {
    long deadline = System.nanoTime() + settings.publishWait().toNanos();
    while (true) {
      ApiResponse view = api.get(settings.enrollment("/programs/" + programId));
      if (view.ok() && "PUBLISHED".equals(view.text("status"))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new ApiException(
            "enrollment-service did not see the programme published within "
                + settings.publishWait()
                + " (is it consuming from Kafka?)");
      }
      ApiClient.pause(100);
    }
  }

  private void enrolAll() {
    List<PlannedEnrollment> applicants = plan.applicants();
    for (int i = 0; i < applicants.size(); i++) {
      String participantId = participantIds.get(applicants.get(i).participant());
      if (participantId == null) {
        continue; // its registration failed and was reported
      }
      ApiResponse response =
          api.send(
              "POST",
              settings.enrollment("/programs/" + programId + "/enrollments"),
              fields("participantId", participantId),
              settings.key(plan, "enrol:" + i),
              NOT_YET_OPEN);
      enrollmentIds[i] = expect(response, "enrol").text("enrollmentId");
      String expected = i < plan.capacity() ? "CONFIRMED" : "WAITLISTED";
      if (!expected.equals(response.text("status"))) {
        stats.unexpected.incrementAndGet();
      }
      stats.enrollments.incrementAndGet();
    }
  }

  /** Waits until enrollment-service applied the new capacity, i.e. made its promotions. */
  private void addSeats(int capacity) {
    expect(
        programCall("PUT", path("/capacity"), fields("capacity", capacity), "capacity"),
        "capacity");
    long deadline = System.nanoTime() + settings.publishWait().toNanos();
    while (System.nanoTime() < deadline) {
      ApiResponse view = api.get(settings.enrollment("/programs/" + programId));
      if (view.ok() && view.body().path("capacity").asInt() == capacity) {
        return;
      }
      ApiClient.pause(100);
    }
    throw new ApiException("enrollment-service did not apply the capacity change in time");
  }

  private void withdraw(int index, String reasonCode, String note) {
    if (enrollmentIds[index] == null) {
      return;
    }
    ApiResponse response =
        api.send(
            "POST",
            settings.enrollment("/enrollments/" + enrollmentIds[index] + "/withdrawal"),
            fields("reasonCode", reasonCode, "note", note),
            null,
            Set.of());
    // Already withdrawn: a retry whose first attempt got through.
    if (!"enrollment-not-active".equals(response.problemCode())) {
      expect(response, "withdraw");
    }
    stats.withdrawals.incrementAndGet();
  }

  private void reportProgress(int index) {
    if (enrollmentIds[index] != null) {
      typed.progress(enrollmentIds[index], plan.applicants().get(index));
    }
  }

  private void complete(int index) {
    if (enrollmentIds[index] != null) {
      typed.complete(enrollmentIds[index], plan.applicants().get(index));
    }
  }

  private ApiResponse programCall(String method, String path, Object body, String step) {
    return api.send(method, settings.program(path), body, settings.key(plan, step), Set.of());
  }

  private String path(String suffix) {
    return "/programs/" + programId + suffix;
  }

  static ApiResponse expect(ApiResponse response, String step) {
    if (!response.ok()) {
      throw new ApiException(
          "%s: HTTP %d %s %s"
              .formatted(step, response.status(), response.problemCode(), response.text("detail")));
    }
    return response;
  }
}
