package org.crewtraining.reporting.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.ApplicationState;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ProgramAttendance;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.SelectionOverview;
import org.crewtraining.readmodels.SessionAttendance;
import org.crewtraining.reporting.dashboard.DashboardFigures.GroupRate;
import org.crewtraining.reporting.projection.ApplicationRows;
import org.crewtraining.reporting.projection.FigureTotalsColumns;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.crewtraining.reporting.query.FilterConditions;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's panels over the programmes of a {@link DashboardFilter}: the programme rows it
 * selects (their stored figure totals), their enrollments' attendance entries and their
 * applications, read in one snapshot and counted by the read-model classes the unfiltered endpoints
 * use ({@link AttendanceOverview}, {@link SelectionOverview}).
 */
@Repository
public class DashboardQueries {

  private final NamedParameterJdbcTemplate jdbc;

  public DashboardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public DashboardFigures figures(DashboardFilter filter, PartnerScope scope) {
    FilterConditions conditions = filter.conditions(scope);
    String where = conditions.where();
    List<ProgramState> programs = new ArrayList<>();
    Map<String, FigureTotals> totals = new HashMap<>();
    jdbc.query(
        "SELECT p.* FROM program p" + where + " ORDER BY p.program_id COLLATE \"C\"",
        conditions.params(),
        (RowCallbackHandler)
            rs -> {
              ProgramState p = ProjectionRows.program(rs);
              programs.add(p);
              totals.put(p.programId(), FigureTotalsColumns.read(rs));
            });
    FigureTotals sum = totals.values().stream().reduce(FigureTotals.ZERO, FigureTotals::plus);
    List<ProgramState> created = programs.stream().filter(ProgramState::created).toList();
    return new DashboardFigures(
        filter,
        programs.size(),
        sum.figures(),
        groups(created, totals, p -> List.of(p.catalogue().track())),
        groups(created, totals, p -> p.catalogue().partners()),
        groups(created, totals, p -> List.of(String.valueOf(p.catalogue().cohortYear()))),
        attendance(programs, conditions),
        selection(programs, conditions));
  }

  /** Completion rate per key, keys in code-point order like the rollups. */
  private static List<GroupRate> groups(
      List<ProgramState> programs,
      Map<String, FigureTotals> totals,
      Function<ProgramState, List<String>> keys) {
    Map<String, long[]> byKey = new TreeMap<>();
    for (ProgramState p : programs) {
      FigureTotals t = totals.get(p.programId());
      for (String key : keys.apply(p).stream().distinct().toList()) {
        long[] g = byKey.computeIfAbsent(key == null ? "UNKNOWN" : key, k -> new long[3]);
        g[0]++;
        g[1] += t.enrolled();
        g[2] += t.completed();
      }
    }
    List<GroupRate> rows = new ArrayList<>();
    byKey.forEach((key, g) -> rows.add(GroupRate.of(key, g[0], g[1], g[2])));
    return rows;
  }

  private AttendanceOverview attendance(List<ProgramState> programs, FilterConditions where) {
    Map<String, List<Map<String, SessionAttendance>>> entries = new HashMap<>();
    jdbc.query(
        "SELECT e.program_id, e.attendance FROM enrollment e"
            + " WHERE e.attendance <> '{}'::jsonb AND e.program_id IN"
            + " (SELECT p.program_id FROM program p"
            + where.where()
            + ")",
        where.params(),
        (RowCallbackHandler)
            rs ->
                entries
                    .computeIfAbsent(rs.getString("program_id"), id -> new ArrayList<>())
                    .add(ProjectionRows.attendance(rs)));
    return AttendanceOverview.of(
        programs.stream()
            .map(
                p -> ProgramAttendance.ofEntries(p, entries.getOrDefault(p.programId(), List.of())))
            .toList());
  }

  private SelectionOverview selection(List<ProgramState> programs, FilterConditions where) {
    List<ApplicationState> applications =
        jdbc.query(
            "SELECT * FROM application WHERE program_id IN (SELECT p.program_id FROM program p"
                + where.where()
                + ")",
            where.params(),
            (rs, n) -> ApplicationRows.application(rs));
    Set<String> withApplications =
        applications.stream().map(ApplicationState::programId).collect(Collectors.toSet());
    // As /api/selection: programmes that select by application or have applications.
    List<ProgramState> selecting =
        programs.stream()
            .filter(p -> p.admission() != null || withApplications.contains(p.programId()))
            .toList();
    return SelectionOverview.of(selecting, applications);
  }
}
