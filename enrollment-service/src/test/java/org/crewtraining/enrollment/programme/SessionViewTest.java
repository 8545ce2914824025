package org.crewtraining.enrollment.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.SessionProgrammeTest;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.events.programs.SessionSchedule;
import org.junit.jupiter.api.Test;

/** Sessions and the published rule arrive over the real broker; redeliveries change nothing. */
class SessionViewTest extends SessionProgrammeTest {

  @Test
  void sessionsFollowTheirEventsAndARedeliveredSchedulingUndoesNothing() {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, 10, Audience.OPEN));
    ProgramSessionScheduled first =
        scheduled(programId, "ses-" + UUID.randomUUID(), FIRST_DAY, 120);
    ProgramSessionScheduled second =
        scheduled(programId, "ses-" + UUID.randomUUID(), FIRST_DAY.plusDays(1), 90);
    sendProgramEvent(first);
    sendProgramEvent(second);
    SessionSchedule moved =
        new SessionSchedule(
            LocalDate.of(2024, 7, 8), LocalTime.of(14, 0), LocalTime.of(17, 0), 150);
    ProgramSessionRescheduled rescheduled =
        new ProgramSessionRescheduled(
            programServiceMetadata(),
            programId,
            first.getSessionId(),
            moved,
            SessionChangeReason.VENUE_AVAILABILITY);
    sendProgramEvent(rescheduled);
    sendProgramEvent(
        new ProgramSessionCancelled(
            programServiceMetadata(),
            programId,
            second.getSessionId(),
            SessionChangeReason.LOW_ATTENDANCE));
    sendProgramEvent(
        new ProgramPublished(
            programServiceMetadata(),
            programId,
            new CompletionRule(90, List.of(first.getSessionId()), true),
            null));

    // redeliveries: the same record, and the scheduling again under a new event id
    produce(rescheduled);
    sendProgramEvent(
        ProgramSessionScheduled.newBuilder(first).setMetadata(programServiceMetadata()).build());
    awaitProgramEventsConsumed();

    Response movedSession = session(programId, first.getSessionId());
    assertThat(movedSession.status()).isEqualTo(200);
    assertThat(movedSession.body().get("session").get("date").asString()).isEqualTo("2024-07-08");
    assertThat(movedSession.body().get("session").get("startTime").asString()).startsWith("14:00");
    assertThat(movedSession.body().get("session").get("contactMinutes").asInt()).isEqualTo(150);
    assertThat(movedSession.body().get("session").get("cancelled").asBoolean()).isFalse();
    assertThat(
            session(programId, second.getSessionId())
                .body()
                .get("session")
                .get("cancelled")
                .asBoolean())
        .isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT min_attended_percent || ' ' || array_to_string(required_session_ids, ',')"
                        + " || ' ' || assessment_required FROM program_view WHERE program_id = ?")
                .param(programId)
                .query(String.class)
                .single())
        .isEqualTo("90 " + first.getSessionId() + " true");
  }

  @Test
  void aProgrammePublishedWithoutARuleCompletesAtEightyPercentWithNothingRequired() {
    Programme p = programme(5, null, 60);

    assertThat(
            jdbc.sql(
                    "SELECT min_attended_percent || ' ' || cardinality(required_session_ids)"
                        + " || ' ' || assessment_required FROM program_view WHERE program_id = ?")
                .param(p.programId())
                .query(String.class)
                .single())
        .isEqualTo("80 0 false");
  }

  private Response session(String programId, String sessionId) {
    return api.get("/programs/" + programId + "/sessions/" + sessionId + "/attendance");
  }
}
