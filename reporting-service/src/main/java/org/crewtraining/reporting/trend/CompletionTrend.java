package org.crewtraining.reporting.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crewtraining.reporting.dashboard.DashboardFilter;

/**
 * Completions (enrollments with outcome COMPLETED) counted by the end month or year of their
 * programme, for the programmes a filter selects. Every bucket from the first to the last with a
 * completion is listed, empty ones with 0, so a chart's axis is evenly spaced.
 */
public record CompletionTrend(
    DashboardFilter filter, Granularity granularity, long completions, List<Point> points) {

  public record Point(String period, long completions) {}

  /**
   * The trend of programmes' completions by end date (programmes without an end date, or without a
   * completion, count nowhere). Pure: the API's SQL result and a fold's programmes give the same.
   */
  public static CompletionTrend of(
      DashboardFilter filter, Granularity granularity, Map<LocalDate, Long> completedByEndDate) {
    TreeMap<LocalDate, Long> byDay = new TreeMap<>();
    completedByEndDate.forEach(
        (day, n) -> {
          if (day != null && n != null && n > 0) {
            byDay.merge(day, n, Long::sum);
          }
        });
    List<Point> points = new ArrayList<>();
    long total = 0;
    if (!byDay.isEmpty()) {
      Map<String, Long> byPeriod = new TreeMap<>();
      byDay.forEach((day, n) -> byPeriod.merge(granularity.periodOf(day), n, Long::sum));
      for (LocalDate day = byDay.firstKey();
          !day.isAfter(byDay.lastKey());
          day = granularity.next(day)) {
        String period = granularity.periodOf(day);
        long n = byPeriod.getOrDefault(period, 0L);
        points.add(new Point(period, n));
        total += n;
      }
    }
    return new CompletionTrend(filter, granularity, total, points);
  }
}
