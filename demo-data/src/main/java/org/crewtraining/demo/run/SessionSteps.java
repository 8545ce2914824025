package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crewtraining.demo.plan.PlannedEnrollment;
import org.crewtraining.demo.plan.PlannedProgram;
import org.crewtraining.demo.plan.PlannedSession;
import org.crewtraining.demo.plan.SessionMark;

/**
 * The steps of a programme that runs on sessions: its sessions and completion rule before
 * publishing (program-service), one attendance roster per session and, for a running programme, an
 * outcome evaluated on demand (enrollment-service).
 */
class SessionSteps {

  /**
   * Not yet: enrollment-service has not consumed the session (not-found) or a promotion
   * (enrollment-not-confirmed). A roster is all or nothing and an identical entry is a no-op, so
   * sending it again is safe.
   */
  private static final Set<String> NOT_YET = Set.of("not-found", "enrollment-not-confirmed");

  private final PlannedProgram plan;
  private final ApiClient api;
  private final RunSettings settings;
  private final RunStats stats;
  private final List<String> sessionIds = new ArrayList<>();

  SessionSteps(PlannedProgram plan, ApiClient api, RunSettings settings, RunStats stats) {
    this.plan = plan;
    this.api = api;
    this.settings = settings;
    this.stats = stats;
  }

  /** While DRAFT: every session, then the rule (the rule may only name existing sessions). */
  void scheduleAndSetRule(String programId) {
    List<PlannedSession> sessions = plan.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      PlannedSession s = sessions.get(i);
      Map<String, Object> body =
          fields(
              "date", s.date().toString(),
              "startTime", s.startTime().toString(),
              "endTime", s.endTime().toString(),
              "contactMinutes", s.contactMinutes(),
              "deliveryMode", s.deliveryMode(),
              "topic", s.topic(),
              "location", s.location());
      ApiResponse created =
          ProgramScript.expect(
              api.send(
                  "POST",
                  settings.program("/programs/" + programId + "/sessions"),
                  body,
                  settings.key(plan, "session:" + i),
                  Set.of()),
              "session " + (i + 1));
      sessionIds.add(created.text("sessionId"));
    }
    ProgramScript.expect(
        api.send(
            "PUT",
            settings.program("/programs/" + programId + "/completion-rule"),
            fields("minAttendedPercent", plan.minAttendedPercent()),
            settings.key(plan, "completion-rule"),
            Set.of()),
        "completion rule");
  }

  /**
   * The session's roster: everyone the plan has a mark for at it (those holding a seat then).
   *
   * @param enrollmentIds by applicant index; null where enrolling failed (reported already)
   */
  void recordAttendance(String programId, int session, String[] enrollmentIds) {
    List<Map<String, Object>> entries = new ArrayList<>();
    List<PlannedEnrollment> applicants = plan.applicants();
    for (int i = 0; i < applicants.size(); i++) {
      if (enrollmentIds[i] == null) {
        continue;
      }
      for (SessionMark mark : applicants.get(i).marks()) {
        if (mark.session() == session) {
          entries.add(
              fields(
                  "enrollmentId",
                  enrollmentIds[i],
                  "status",
                  mark.status().name(),
                  "lateMinutes",
                  mark.status() == SessionMark.Status.LATE ? mark.lateMinutes() : null));
        }
      }
    }
    if (entries.isEmpty()) {
      return; // not taken yet (a running programme's future session)
    }
    ProgramScript.expect(
        api.send(
            "POST",
            settings.enrollment(
                "/programs/" + programId + "/sessions/" + sessionIds.get(session) + "/attendance"),
            fields("entries", entries),
            null,
            NOT_YET),
        "attendance at session " + (session + 1));
    stats.attendanceEntries.addAndGet(entries.size());
  }

  /** A running programme whose sessions are over: the rule decides one enrolment now. */
  void evaluate(String enrollmentId, String expectedOutcome) {
    ApiResponse answer =
        api.send(
            "POST",
            settings.enrollment("/enrollments/" + enrollmentId + "/completion/evaluation"),
            null,
            null,
            Set.of());
    // Already decided: a retry whose first attempt got through.
    if (!"completion-already-recorded".equals(answer.problemCode())) {
      ProgramScript.expect(answer, "evaluation");
      String outcome = answer.body().path("enrollment").path("outcome").asString();
      if (!expectedOutcome.equals(outcome)) {
        stats.unexpected.incrementAndGet();
      }
    }
    stats.completions.incrementAndGet();
  }

  /** Before the close, so the rule leaves this enrolment to the registrar's decision. */
  void override(String enrollmentId, PlannedEnrollment e) {
    ProgramScript.expect(
        api.send(
            "POST",
            settings.enrollment("/enrollments/" + enrollmentId + "/completion/override"),
            fields(
                "outcome", e.fate().name(),
                "hoursCompleted", e.hours(),
                "completionDate", e.completionDate().toString(),
                "reasonCode", e.overrideReasonCode()),
            null,
            Set.of()),
        "override");
    stats.completions.incrementAndGet();
  }
}
