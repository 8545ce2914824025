package org.crewtraining.readmodels.report;

import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.ProgramAttendance;

/** Attendance ({@link AttendanceOverview}, {@link ProgramAttendance}). */
public final class AttendanceTables {

  private AttendanceTables() {}

  /** One row per programme; rows by programme id (code point order). */
  public static final ReportTable<AttendanceOverview.Programme> PROGRAMS =
      ReportTable.<AttendanceOverview.Programme>builder("attendance", "Attendance", "출결")
          .column("programId", "Programme id", "프로그램 ID", AttendanceOverview.Programme::programId)
          .column(
              "activeSessions",
              "Active sessions",
              "운영 회차",
              AttendanceOverview.Programme::activeSessions)
          .column(
              "plannedMinutes",
              "Planned minutes",
              "계획 시간(분)",
              AttendanceOverview.Programme::plannedMinutes)
          .column("recorded", "Entries recorded", "출결 기록", AttendanceOverview.Programme::recorded)
          .column("attended", "Attended", "출석", AttendanceOverview.Programme::attended)
          .column(
              "attendanceRate",
              "Attendance rate",
              "출석률",
              AttendanceOverview.Programme::attendanceRate)
          .build();

  /** One programme's sessions; rows by date, start time and session id, cancelled ones included. */
  public static final ReportTable<ProgramAttendance.SessionRow> SESSIONS =
      ReportTable.<ProgramAttendance.SessionRow>builder("sessions", "Sessions", "회차별 출결")
          .column("sessionId", "Session id", "회차 ID", ProgramAttendance.SessionRow::sessionId)
          .column("date", "Date", "날짜", ProgramAttendance.SessionRow::date)
          .column("startTime", "Start", "시작 시각", ProgramAttendance.SessionRow::startTime)
          .column("endTime", "End", "종료 시각", ProgramAttendance.SessionRow::endTime)
          .column(
              "contactMinutes",
              "Contact minutes",
              "수업 시간(분)",
              ProgramAttendance.SessionRow::contactMinutes)
          .column(
              "deliveryMode", "Delivery mode", "운영 방식", ProgramAttendance.SessionRow::deliveryMode)
          .column("topic", "Topic", "주제", ProgramAttendance.SessionRow::topic)
          .column("location", "Location", "장소", ProgramAttendance.SessionRow::location)
          .column("status", "Status", "상태", ProgramAttendance.SessionRow::status)
          .column("recorded", "Entries recorded", "출결 기록", ProgramAttendance.SessionRow::recorded)
          .column("present", "Present", "출석", ProgramAttendance.SessionRow::present)
          .column("late", "Late", "지각", ProgramAttendance.SessionRow::late)
          .column("absent", "Absent", "결석", ProgramAttendance.SessionRow::absent)
          .column("excused", "Excused", "공결", ProgramAttendance.SessionRow::excused)
          .column(
              "attendanceRate",
              "Attendance rate",
              "출석률",
              ProgramAttendance.SessionRow::attendanceRate)
          .build();
}
