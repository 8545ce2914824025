package org.crewtraining.reporting.dashboard;

import java.util.List;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.SelectionOverview;

/**
 * Every panel of the dashboard over the programmes one filter selects, from one snapshot.
 *
 * @param programmes programme rows selected (with no filter, those known only from enrollments too)
 * @param figures the sums of their figures (with no filter, equal to {@code /api/figures/overall})
 * @param byTrack completion rate per craft track of the selected programmes (created ones)
 * @param byPartner per partner; a programme with several partners counts for each
 * @param byCohortYear per cohort year
 */
public record DashboardFigures(
    DashboardFilter filter,
    long programmes,
    Figures figures,
    List<GroupRate> byTrack,
    List<GroupRate> byPartner,
    List<GroupRate> byCohortYear,
    AttendanceOverview attendance,
    SelectionOverview selection) {

  /** One bar of a completion-rate chart: completed / enrolled of the group's programmes. */
  public record GroupRate(
      String key, long programmes, long enrolled, long completed, double completionRate) {

    static GroupRate of(String key, long programmes, long enrolled, long completed) {
      return new GroupRate(
          key, programmes, enrolled, completed, Figures.ratio(completed, enrolled));
    }
  }
}
