package org.crewtraining.readmodels.report;

import java.util.Comparator;
import java.util.stream.Stream;
import org.crewtraining.readmodels.ProgramSelection;
import org.crewtraining.readmodels.SelectionFigures;
import org.crewtraining.readmodels.SelectionOverview;

/** Applications and selection ({@link SelectionOverview}, {@link ProgramSelection}). */
public final class SelectionTables {

  private SelectionTables() {}

  /** One quota of one programme's admission and how it filled. */
  public record QuotaRow(String programId, ProgramSelection.QuotaFill quota) {}

  private static final ReportTable<SelectionFigures> FIGURES =
      ReportTable.<SelectionFigures>builder("selection-figures", "Selection", "선발")
          .column("submitted", "Applications", "지원", SelectionFigures::submitted)
          .column("withdrawn", "Withdrawn", "지원 철회", SelectionFigures::withdrawn)
          .column("shortlisted", "Shortlisted", "서류 통과", SelectionFigures::shortlisted)
          .column("rejected", "Rejected", "불합격", SelectionFigures::rejected)
          .column("reserve", "Reserve", "예비", SelectionFigures::reserve)
          .column(
              "offersBySelection",
              "Offers by selection",
              "선발 합격 제안",
              SelectionFigures::offersBySelection)
          .column(
              "offersFromReserve",
              "Offers from the reserve",
              "예비 합격 제안",
              SelectionFigures::offersFromReserve)
          .column("offersAccepted", "Offers accepted", "수락", SelectionFigures::offersAccepted)
          .column("offersDeclined", "Offers declined", "거절", SelectionFigures::offersDeclined)
          .column("offersExpired", "Offers expired", "기한 만료", SelectionFigures::offersExpired)
          .column(
              "offersOutstanding",
              "Offers outstanding",
              "응답 대기",
              SelectionFigures::offersOutstanding)
          .column("selectionRate", "Selection rate", "선발률", SelectionFigures::selectionRate)
          .column(
              "offerAcceptanceRate",
              "Offer acceptance rate",
              "수락률",
              SelectionFigures::offerAcceptanceRate)
          .column(
              "medianHoursToAccept",
              "Median hours to accept",
              "수락까지 시간(중앙값)",
              SelectionFigures::medianHoursToAccept)
          .column(
              "maxHoursToAccept",
              "Max hours to accept",
              "수락까지 시간(최대)",
              SelectionFigures::maxHoursToAccept)
          .build();

  /**
   * One row per programme that selects by application or has applications; rows by programme id
   * (code point order), as {@link SelectionOverview#programs()}.
   */
  public static final ReportTable<ProgramSelection> PROGRAMS =
      ReportTable.<ProgramSelection>builder("selection", "Applications and selection", "지원 및 선발")
          .column("programId", "Programme id", "프로그램 ID", ProgramSelection::programId)
          .column("title", "Title", "과정명", ProgramSelection::title)
          .column("status", "Status", "상태", ProgramSelection::status)
          .column("capacity", "Capacity", "정원", ProgramSelection::capacity)
          .column("admissionMode", "Admission", "선발 방식", ProgramSelection::admissionMode)
          .column(
              "applicationsOpenAt",
              "Applications open",
              "접수 시작",
              ProgramSelection::applicationsOpenAt)
          .column(
              "applicationsCloseAt",
              "Applications close",
              "접수 마감",
              ProgramSelection::applicationsCloseAt)
          .column(
              "offerValidityHours",
              "Offer validity (hours)",
              "제안 유효 시간",
              ProgramSelection::offerValidityHours)
          .columns(FIGURES.columns(), ProgramSelection::figures)
          .build();

  /** Every quota of every listed programme; rows by programme id, then in the admission's order. */
  public static final ReportTable<QuotaRow> QUOTAS =
      ReportTable.<QuotaRow>builder("selection-quotas", "Quota fill", "할당 충원")
          .column("programId", "Programme id", "프로그램 ID", QuotaRow::programId)
          .column("participantType", "Participant type", "참여자 유형", q -> q.quota().participantType())
          .column("craft", "Craft", "직무", q -> q.quota().craft())
          .column("minSeats", "Min seats", "최소 인원", q -> q.quota().minSeats())
          .column("maxSeats", "Max seats", "최대 인원", q -> q.quota().maxSeats())
          .column("offered", "Offered", "제안", q -> q.quota().offered())
          .column("confirmed", "Confirmed from offers", "확정", q -> q.quota().confirmed())
          .column("minimumMet", "Minimum met", "최소 충족", q -> q.quota().minimumMet())
          .column("fillRate", "Fill rate", "충원율", q -> q.quota().fillRate())
          .build();

  /** The overview's quota rows in {@link #QUOTAS}' order. */
  public static Stream<QuotaRow> quotas(SelectionOverview overview) {
    return overview.programs().stream()
        .sorted(Comparator.comparing(ProgramSelection::programId))
        .flatMap(p -> p.quotas().stream().map(q -> new QuotaRow(p.programId(), q)));
  }
}
