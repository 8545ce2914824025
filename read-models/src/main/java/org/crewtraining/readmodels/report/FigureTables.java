package org.crewtraining.readmodels.report;

import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramSummary;

/**
 * Tables of seat and completion figures ({@link Figures}, defined in reporting-service's README).
 */
public final class FigureTables {

  private FigureTables() {}

  /** Figures over every enrollment: one row. */
  public static final ReportTable<Figures> OVERALL =
      ReportTable.<Figures>builder("overall", "Overall figures", "전체 현황")
          .column("enrolled", "Enrolled", "등록", Figures::enrolled)
          .column("confirmed", "Confirmed", "확정", Figures::confirmed)
          .column("waitlisted", "Waitlisted", "대기", Figures::waitlisted)
          .column("withdrawn", "Withdrawn", "철회", Figures::withdrawn)
          .column("cancelled", "Cancelled", "취소", Figures::cancelled)
          .column("completed", "Completed", "수료", Figures::completed)
          .column("notCompleted", "Not completed", "미수료", Figures::notCompleted)
          .column(
              "promotedFromWaitlist",
              "Promoted from waitlist",
              "대기 후 확정",
              Figures::promotedFromWaitlist)
          .column("completionRate", "Completion rate", "수료율", Figures::completionRate)
          .column("trainingHours", "Training hours", "교육 시간", Figures::trainingHours)
          .column("completionsByRule", "Completions by rule", "규칙 판정", Figures::completionsByRule)
          .column(
              "completionsOverridden",
              "Completions overridden",
              "변경 판정",
              Figures::completionsOverridden)
          .column("completionsManual", "Completions by hand", "수기 판정", Figures::completionsManual)
          .column(
              "certificatesIssued", "Certificates issued", "수료증 발급", Figures::certificatesIssued)
          .column(
              "certificatesRevoked", "Certificates revoked", "수료증 취소", Figures::certificatesRevoked)
          .build();

  /** Programmes with their seat and completion figures; rows by programme id (code point order). */
  public static final ReportTable<ProgramSummary> PROGRAMS =
      ReportTable.<ProgramSummary>builder("programs", "Programmes", "프로그램")
          .column("programId", "Programme id", "프로그램 ID", ProgramSummary::programId)
          .column("title", "Title", "과정명", ProgramSummary::title)
          .column("partners", "Partners", "협력 기관", ProgramSummary::partners)
          .column("format", "Format", "형식", ProgramSummary::format)
          .column("track", "Track", "분야", ProgramSummary::track)
          .column("audience", "Audience", "대상", ProgramSummary::audience)
          .column("cohortYear", "Cohort year", "기수 연도", ProgramSummary::cohortYear)
          .column("status", "Status", "상태", ProgramSummary::status)
          .column("startDate", "Start date", "시작일", ProgramSummary::startDate)
          .column("endDate", "End date", "종료일", ProgramSummary::endDate)
          .column("plannedHours", "Planned hours", "계획 시간", ProgramSummary::plannedHours)
          .column("capacity", "Capacity", "정원", ProgramSummary::capacity)
          .column("seatsTaken", "Seats taken", "배정 인원", ProgramSummary::seatsTaken)
          .column("fillRate", "Fill rate", "충원율", ProgramSummary::fillRate)
          .columns(OVERALL.columns(), ProgramSummary::figures)
          .build();
}
