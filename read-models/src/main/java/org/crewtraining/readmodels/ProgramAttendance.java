package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attendance at one programme's sessions. An <em>entry</em> is the latest attendance of one
 * enrolment at one session (AttendanceRecorded, replaced by each AttendanceCorrected), whatever the
 * enrolment's status now. The programme's figures count the entries at its <em>active</em>
 * sessions: {@code recorded} is their number, {@code attended} those PRESENT or LATE, and {@code
 * attendanceRate} = attended / recorded (0 with no entry). ABSENT, EXCUSED and a status this reader
 * does not know are recorded, not attended. Entries at a cancelled session, or at a session this
 * programme's events never scheduled, count nowhere in the programme's figures; a cancelled session
 * keeps its own row with its own counts. The rate is of sessions' entries, not of minutes: minutes
 * credited for completion are CompletionRecorded's {@link RuleEvaluation}.
 *
 * <p>Computed when asked, from the programme's sessions and its enrolments' entries: a session's
 * cancellation changes what counts without touching any enrolment.
 *
 * @param activeSessions sessions not cancelled
 * @param plannedMinutes {@link ProgramState#plannedMinutes()}
 * @param sessions every session, by date, start time and id
 */
public record ProgramAttendance(
    String programId,
    int activeSessions,
    int plannedMinutes,
    long recorded,
    long attended,
    double attendanceRate,
    List<SessionRow> sessions) {

  /**
   * One session and the entries at it.
   *
   * @param attendanceRate (present + late) / recorded; 0 with no entry
   */
  public record SessionRow(
      String sessionId,
      LocalDate date,
      LocalTime startTime,
      LocalTime endTime,
      int contactMinutes,
      String deliveryMode,
      String topic,
      String location,
      ReportedSessionStatus status,
      long recorded,
      long present,
      long late,
      long absent,
      long excused,
      double attendanceRate) {}

  private static final Comparator<ProgramSession> SESSION_ORDER =
      Comparator.comparing(ProgramSession::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ProgramSession::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ProgramSession::sessionId);

  /** The programme's attendance from its state and its enrolments (others are ignored). */
  public static ProgramAttendance of(
      ProgramState program, Collection<EnrollmentState> enrollments) {
    return ofEntries(
        program,
        enrollments.stream()
            .filter(e -> e.programId().equals(program.programId()))
            .map(EnrollmentState::attendance)
            .toList());
  }

  /**
   * The programme's attendance from its state and the {@link EnrollmentState#attendance()} of each
   * of its enrolments.
   */
  public static ProgramAttendance ofEntries(
      ProgramState program, Collection<Map<String, SessionAttendance>> entriesByEnrollment) {
    Map<String, Map<ReportedAttendance, Long>> bySession = new HashMap<>();
    for (Map<String, SessionAttendance> entries : entriesByEnrollment) {
      entries.forEach(
          (sessionId, entry) ->
              bySession
                  .computeIfAbsent(sessionId, s -> new EnumMap<>(ReportedAttendance.class))
                  .merge(entry.status(), 1L, Long::sum));
    }
    List<SessionRow> rows =
        program.sessions().values().stream()
            .sorted(SESSION_ORDER)
            .map(s -> row(s, bySession.getOrDefault(s.sessionId(), Map.of())))
            .toList();
    long recorded = 0;
    long attended = 0;
    int active = 0;
    for (SessionRow row : rows) {
      if (row.status() != ReportedSessionStatus.CANCELLED) {
        active++;
        recorded += row.recorded();
        attended += row.present() + row.late();
      }
    }
    return new ProgramAttendance(
        program.programId(),
        active,
        program.plannedMinutes(),
        recorded,
        attended,
        Figures.ratio(attended, recorded),
        rows);
  }

  private static SessionRow row(ProgramSession s, Map<ReportedAttendance, Long> counts) {
    long recorded = counts.values().stream().mapToLong(Long::longValue).sum();
    long present = counts.getOrDefault(ReportedAttendance.PRESENT, 0L);
    long late = counts.getOrDefault(ReportedAttendance.LATE, 0L);
    return new SessionRow(
        s.sessionId(),
        s.date(),
        s.startTime(),
        s.endTime(),
        s.contactMinutes(),
        s.deliveryMode(),
        s.topic(),
        s.location(),
        s.status(),
        recorded,
        present,
        late,
        counts.getOrDefault(ReportedAttendance.ABSENT, 0L),
        counts.getOrDefault(ReportedAttendance.EXCUSED, 0L),
        Figures.ratio(present + late, recorded));
  }
}
