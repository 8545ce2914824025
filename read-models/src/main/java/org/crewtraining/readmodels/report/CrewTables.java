package org.crewtraining.readmodels.report;

import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.Transcript;

/** Distinct crew and participants' transcripts. */
public final class CrewTables {

  private CrewTables() {}

  /** Distinct crew over a filter: one row, the filter's parts (empty = any) and the two counts. */
  public static final ReportTable<DistinctCrew> DISTINCT =
      ReportTable.<DistinctCrew>builder("crew-distinct", "Distinct crew", "참여 인원(중복 제외)")
          .column("fromYear", "From year", "시작 연도", c -> c.filter().fromYear())
          .column("toYear", "To year", "종료 연도", c -> c.filter().toYear())
          .column("partner", "Partner", "협력 기관", c -> c.filter().partner())
          .column("format", "Format", "형식", c -> c.filter().format())
          .column("track", "Track", "분야", c -> c.filter().track())
          .column(
              "participantType", "Participant type", "참여자 유형", c -> c.filter().participantType())
          .column("participants", "Participants", "참여 인원", DistinctCrew::participants)
          .column("completers", "Completers", "수료 인원", DistinctCrew::completers)
          .build();

  /** One participant's transcript; rows by programme id, then enrollment id (code point order). */
  public static final ReportTable<Transcript.Entry> TRANSCRIPT =
      ReportTable.<Transcript.Entry>builder("transcript", "Transcript", "이수 내역")
          .column("enrollmentId", "Enrollment id", "등록 ID", Transcript.Entry::enrollmentId)
          .column("programId", "Programme id", "프로그램 ID", Transcript.Entry::programId)
          .column("title", "Title", "과정명", Transcript.Entry::title)
          .column("format", "Format", "형식", Transcript.Entry::format)
          .column("track", "Track", "분야", Transcript.Entry::track)
          .column("cohortYear", "Cohort year", "기수 연도", Transcript.Entry::cohortYear)
          .column("status", "Status", "상태", Transcript.Entry::status)
          .column("hours", "Hours", "교육 시간", Transcript.Entry::hours)
          .column("completionDate", "Completion date", "수료일", Transcript.Entry::completionDate)
          .column("certificateId", "Certificate id", "수료증 ID", Transcript.Entry::certificateId)
          .build();
}
