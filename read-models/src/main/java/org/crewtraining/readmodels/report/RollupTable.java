package org.crewtraining.readmodels.report;

import org.crewtraining.readmodels.RollupRow;

/** A rollup by one dimension ({@link RollupRow}); rows by group key (code point order). */
public final class RollupTable {

  private RollupTable() {}

  public static final ReportTable<RollupRow> ROLLUP =
      ReportTable.<RollupRow>builder("rollup", "Rollup", "집계")
          .column("dimension", "Dimension", "기준", RollupRow::dimension)
          .column("key", "Group", "구분", RollupRow::key)
          .column("programmes", "Programmes", "프로그램 수", RollupRow::programmes)
          .column("crew", "Crew (distinct)", "참여 인원(중복 제외)", RollupRow::crew)
          .column("enrolled", "Enrolled", "등록", RollupRow::enrolled)
          .column("completed", "Completed", "수료", RollupRow::completed)
          .column("notCompleted", "Not completed", "미수료", RollupRow::notCompleted)
          .column("completionRate", "Completion rate", "수료율", RollupRow::completionRate)
          .column("trainingHours", "Training hours", "교육 시간", RollupRow::trainingHours)
          .build();
}
