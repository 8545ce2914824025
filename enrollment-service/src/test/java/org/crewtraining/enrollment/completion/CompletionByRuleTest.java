package org.crewtraining.enrollment.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.OutcomeRecordedLog;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.enrollment.support.SessionProgrammeTest;
import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.ProgramClosed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rule decides at close and on demand; a registrar overrides with a reason code. */
class CompletionByRuleTest extends SessionProgrammeTest {

  @Autowired OutcomeRecordedLog outcomes;

  @Test
  void atCloseTheRuleDecidesEveryConfirmedEnrolmentWithoutAnOutcome() {
    // 120 + 120 + 60 = 300 planned minutes; the third session is required
    Programme p = programme(4, null, 120, 120, 60);
    String all = confirmedIn(p.programId());
    String twoOfThree = confirmedIn(p.programId());
    String late = confirmedIn(p.programId());
    String overridden = confirmedIn(p.programId());
    String waiting =
        enrol(p.programId(), registerParticipant(ParticipantType.INDUSTRY_WORKER))
            .text("enrollmentId");
    record(p, 0, Map.of(all, "PRESENT", twoOfThree, "PRESENT", overridden, "ABSENT"), late, 30);
    record(p, 1, Map.of(all, "PRESENT", twoOfThree, "ABSENT", late, "PRESENT"), null, 0);
    record(p, 2, Map.of(all, "PRESENT", twoOfThree, "PRESENT", late, "PRESENT"), null, 0);
    Response override =
        api.post(
            "/enrollments/" + overridden + "/completion/override",
            Map.of(
                "outcome", "COMPLETED",
                "hoursCompleted", 5.0,
                "completionDate", "2024-07-03",
                "reasonCode", "MEDICAL_LEAVE"));
    assertThat(override.status()).as(override.raw().body()).isEqualTo(200);

    ProgramClosed closed = new ProgramClosed(programServiceMetadata(), p.programId());
    sendProgramEvent(closed);
    // the same close again under another id, as a duplicate publication would bring it
    sendProgramEvent(new ProgramClosed(programServiceMetadata(), p.programId()));

    Map<String, CompletionRecorded> byRule =
        published.of(p.programId()).stream()
            .map(Published::event)
            .filter(CompletionRecorded.class::isInstance)
            .map(CompletionRecorded.class::cast)
            .collect(java.util.stream.Collectors.toMap(c -> c.getEnrollmentId(), c -> c));
    assertThat(byRule).containsOnlyKeys(all, twoOfThree, late);
    CompletionRecorded full = byRule.get(all);
    assertThat(full.getOutcome()).isEqualTo(CompletionOutcome.COMPLETED);
    assertThat(full.getHoursCompleted()).isEqualTo(5.0);
    assertThat(full.getCompletionDate()).isEqualTo(FIRST_DAY.plusDays(2));
    assertThat(full.getAttendance().getAttendedMinutes()).isEqualTo(300);
    assertThat(full.getAttendance().getPlannedMinutes()).isEqualTo(300);
    assertThat(full.getAttendance().getMinAttendedPercent()).isEqualTo(80);
    assertThat(full.getAttendance().getAssessmentPassed()).isNull();
    assertThat(full.getAttendance().getRuleVersion()).isEqualTo(1);
    assertThat(full.getMetadata().getCausationId())
        .isEqualTo(closed.getMetadata().getEventId().toString());
    assertThat(byRule.get(twoOfThree).getOutcome()).isEqualTo(CompletionOutcome.NOT_COMPLETED);
    assertThat(byRule.get(twoOfThree).getAttendance().getAttendedMinutes()).isEqualTo(180);
    assertThat(byRule.get(late).getOutcome()).isEqualTo(CompletionOutcome.COMPLETED);
    assertThat(byRule.get(late).getHoursCompleted()).isEqualTo(4.5);

    Response stored = api.get("/enrollments/" + late);
    assertThat(stored.text("outcome")).isEqualTo("COMPLETED");
    assertThat(stored.text("outcomeBasis")).isEqualTo("RULE");
    assertThat(api.get("/enrollments/" + overridden).text("outcomeBasis")).isEqualTo("OVERRIDE");
    assertThat(api.get("/enrollments/" + waiting).body().get("outcome").isNull()).isTrue();
    assertThat(outcomes.of(all)).hasSize(1);
    assertThat(outcomes.of(overridden)).hasSize(1);
    assertThat(outcomes.of(waiting)).isEmpty();
  }

  @Test
  void onDemandTheRuleDecidesOneEnrolmentWithItsAssessment() {
    Programme p = programme(5, new CompletionRule(50, List.of(), true), 120, 120);
    String ana = confirmedIn(p.programId());
    String bo = confirmedIn(p.programId());
    record(p, 0, Map.of(ana, "PRESENT", bo, "PRESENT"), null, 0);
    record(p, 1, Map.of(ana, "ABSENT", bo, "ABSENT"), null, 0);

    Response assessed =
        api.put(
            "/enrollments/" + ana + "/assessment",
            Map.of("passed", true, "assessedOn", FIRST_DAY.plusDays(1).toString()));
    Response futureAssessment =
        api.put(
            "/enrollments/" + bo + "/assessment",
            Map.of("passed", true, "assessedOn", LocalDate.now().plusDays(2).toString()));
    Response evaluated = api.post("/enrollments/" + ana + "/completion/evaluation", "");
    Response notAssessed = api.post("/enrollments/" + bo + "/completion/evaluation", "");
    Response again = api.post("/enrollments/" + ana + "/completion/evaluation", "");
    Response assessmentAfter =
        api.put(
            "/enrollments/" + ana + "/assessment",
            Map.of("passed", false, "assessedOn", FIRST_DAY.plusDays(1).toString()));

    assertThat(assessed.status()).as(assessed.raw().body()).isEqualTo(200);
    assertThat(futureAssessment.status()).isEqualTo(400);
    assertThat(futureAssessment.body().get("errors").findValuesAsString("field"))
        .contains("assessedOn");
    assertThat(evaluated.status()).as(evaluated.raw().body()).isEqualTo(200);
    assertThat(evaluated.body().get("enrollment").get("outcome").asString()).isEqualTo("COMPLETED");
    assertThat(evaluated.body().get("figures").get("attendedMinutes").asInt()).isEqualTo(120);
    assertThat(notAssessed.body().get("enrollment").get("outcome").asString())
        .isEqualTo("NOT_COMPLETED");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("code")).isEqualTo("completion-already-recorded");
    assertThat(assessmentAfter.status()).isEqualTo(409);

    List<Object> events =
        published.of(p.programId()).stream().map(Published::event).map(e -> (Object) e).toList();
    assertThat(events).filteredOn(AssessmentRecorded.class::isInstance).hasSize(1);
    CompletionRecorded anaDone =
        events.stream()
            .filter(CompletionRecorded.class::isInstance)
            .map(CompletionRecorded.class::cast)
            .filter(c -> c.getEnrollmentId().equals(ana))
            .findFirst()
            .orElseThrow();
    assertThat(anaDone.getAttendance().getAssessmentPassed()).isTrue();
    assertThat(anaDone.getHoursCompleted()).isEqualTo(2.0);
    assertThat(anaDone.getCompletionDate()).isEqualTo(FIRST_DAY.plusDays(1));
    assertThat(anaDone.getMetadata().getCausationId()).isNull();
  }

  @Test
  void aProgrammeOnSessionsRefusesHandTypedProgressAndOutcomes() {
    Programme p = programme(5, null, 120);
    String ana = confirmedIn(p.programId());
    Programme future = programmeWithSessionOn(LocalDate.now().plusDays(30));
    String bo = confirmedIn(future.programId());
    String withoutSessions = openProgramme(5, org.crewtraining.events.programs.Audience.OPEN);
    String chul = confirmedIn(withoutSessions);

    Response completion =
        api.put(
            "/enrollments/" + ana + "/completion",
            Map.of("outcome", "COMPLETED", "hoursCompleted", 2.0, "completionDate", "2024-07-01"));
    Response progress =
        api.post(
            "/enrollments/" + ana + "/progress", Map.of("sessionsAttended", 1, "hoursAttended", 2));
    Response tooEarly = api.post("/enrollments/" + bo + "/completion/evaluation", "");
    Response noSessions = api.post("/enrollments/" + chul + "/completion/evaluation", "");

    assertThat(completion.status()).isEqualTo(409);
    assertThat(completion.text("code")).isEqualTo("derived-from-attendance");
    assertThat(completion.text("detail")).contains("/completion/evaluation");
    assertThat(progress.status()).isEqualTo(409);
    assertThat(progress.text("code")).isEqualTo("derived-from-attendance");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.text("code")).isEqualTo("sessions-outstanding");
    assertThat(noSessions.status()).isEqualTo(409);
    assertThat(noSessions.text("code")).isEqualTo("no-sessions");
    assertThat(published.of(p.programId()).stream().map(Published::event))
        .noneMatch(CompletionRecorded.class::isInstance);
  }

  @Test
  void anOverrideNeedsAReasonCodeReplacesTheRulesOutcomeAndShowsAsOne() {
    Programme p = programme(5, null, 120);
    String ana = confirmedIn(p.programId());
    record(p, 0, Map.of(ana, "ABSENT"), null, 0);
    assertThat(api.post("/enrollments/" + ana + "/completion/evaluation", "").status())
        .isEqualTo(200);
    Map<String, Object> override =
        Map.of(
            "outcome", "COMPLETED",
            "hoursCompleted", 2.0,
            "completionDate", "2024-07-01",
            "reasonCode", "MAKE_UP_WORK_ACCEPTED");

    Response noReason =
        api.post(
            "/enrollments/" + ana + "/completion/override",
            Map.of("outcome", "COMPLETED", "hoursCompleted", 2.0, "completionDate", "2024-07-01"));
    Response overridden = api.post("/enrollments/" + ana + "/completion/override", override);
    Response same = api.post("/enrollments/" + ana + "/completion/override", override);

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().get("errors").findValuesAsString("field")).contains("reasonCode");
    assertThat(overridden.status()).as(overridden.raw().body()).isEqualTo(200);
    assertThat(overridden.text("outcome")).isEqualTo("COMPLETED");
    assertThat(overridden.text("outcomeBasis")).isEqualTo("OVERRIDE");
    assertThat(overridden.text("overrideReasonCode")).isEqualTo("MAKE_UP_WORK_ACCEPTED");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.body()).isEqualTo(overridden.body());

    List<CompletionOverridden> overrides =
        published.of(p.programId()).stream()
            .map(Published::event)
            .filter(CompletionOverridden.class::isInstance)
            .map(CompletionOverridden.class::cast)
            .toList();
    assertThat(overrides).hasSize(1);
    assertThat(overrides.get(0).getReasonCode())
        .isEqualTo(CompletionOverrideReason.MAKE_UP_WORK_ACCEPTED);
    assertThat(overrides.get(0).getOutcome()).isEqualTo(CompletionOutcome.COMPLETED);
    assertThat(outcomes.of(ana)).hasSize(2);
    assertThat(outcomes.of(ana).get(1).enrollment().outcomeBasis().name()).isEqualTo("OVERRIDE");
  }

  private Programme programmeWithSessionOn(LocalDate date) {
    String programId = "prg-" + java.util.UUID.randomUUID();
    sendProgramEvent(created(programId, 5, org.crewtraining.events.programs.Audience.OPEN));
    String sessionId = "ses-" + java.util.UUID.randomUUID();
    sendProgramEvent(scheduled(programId, sessionId, date, 90));
    sendProgramEvent(
        new org.crewtraining.events.programs.ProgramPublished(
            programServiceMetadata(), programId, null, null));
    return new Programme(programId, List.of(sessionId));
  }

  /** Records one session: the given statuses, and {@code lateOne} LATE by {@code lateMinutes}. */
  private void record(
      Programme p, int session, Map<String, String> statuses, String lateOne, int lateMinutes) {
    List<Map<String, Object>> entries = new java.util.ArrayList<>();
    statuses.forEach((enrollment, status) -> entries.add(entry(enrollment, status)));
    if (lateOne != null) {
      entries.add(entry(lateOne, "LATE", lateMinutes));
    }
    Response response = recordAttendance(p.programId(), p.session(session), entries);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
  }
}
