package org.crewtraining.enrollment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionSchedule;

/**
 * For tests of programmes that run on sessions: the programme is created, its sessions scheduled
 * and then published with its rule, as program-service announces them. The sample programme starts
 * 2024-07-01, so sessions from that day on lie in the past.
 */
public abstract class SessionProgrammeTest extends EnrollmentIntegrationTest {

  protected static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);

  /** A programme and its sessions' ids, in the order given. */
  public record Programme(String programId, List<String> sessionIds) {
    public String session(int index) {
      return sessionIds.get(index);
    }
  }

  /**
   * @param contactMinutes one session a day from {@link #FIRST_DAY}, of these many minutes each
   */
  protected Programme programme(int capacity, CompletionRule rule, int... contactMinutes) {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, capacity, Audience.OPEN));
    List<String> sessionIds = new ArrayList<>();
    for (int i = 0; i < contactMinutes.length; i++) {
      String sessionId = "ses-" + UUID.randomUUID();
      sendProgramEvent(scheduled(programId, sessionId, FIRST_DAY.plusDays(i), contactMinutes[i]));
      sessionIds.add(sessionId);
    }
    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, rule, null));
    return new Programme(programId, sessionIds);
  }

  protected static ProgramSessionScheduled scheduled(
      String programId, String sessionId, LocalDate date, int contactMinutes) {
    LocalTime start = LocalTime.of(9, 0);
    return new ProgramSessionScheduled(
        programServiceMetadata(),
        programId,
        sessionId,
        new SessionSchedule(date, start, start.plusMinutes(contactMinutes + 30), contactMinutes),
        DeliveryMode.IN_PERSON,
        "Colour grading",
        "KOFIC Busan");
  }

  protected void close(String programId) {
    sendProgramEvent(new ProgramClosed(programServiceMetadata(), programId));
  }

  /** A newly registered participant's enrolment, which must be confirmed. */
  protected String confirmedIn(String programId) {
    HttpApi.Response enrolled =
        enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(enrolled.text("status")).isEqualTo("CONFIRMED");
    return enrolled.text("enrollmentId");
  }

  protected HttpApi.Response recordAttendance(
      String programId, String sessionId, List<Map<String, Object>> entries) {
    return api.post(
        "/programs/" + programId + "/sessions/" + sessionId + "/attendance",
        Map.of("entries", entries));
  }

  protected static Map<String, Object> entry(String enrollmentId, String status) {
    return entry(enrollmentId, status, null);
  }

  protected static Map<String, Object> entry(
      String enrollmentId, String status, Integer lateMinutes) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("enrollmentId", enrollmentId);
    entry.put("status", status);
    if (lateMinutes != null) {
      entry.put("lateMinutes", lateMinutes);
    }
    return entry;
  }
}
