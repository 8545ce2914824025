package org.crewtraining.readmodels.manifest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.ReportingState;

/**
 * One page of {@code GET /api/programs} from a fold: the programmes matching the filters, ordered
 * by id, the same shape (and canonical JSON) as the service's page. Filters as the service's SQL
 * applies them: cohort year (the period's years), a partner among the programme's, format, track
 * and status equal; a programme not created yet matches only when no programme filter is given.
 */
public record ProgramsPage(
    List<ProgramSummary> items, int page, int size, long totalItems, int totalPages) {

  static ProgramsPage of(ReportingState state, ReportPeriod period, Map<String, String> filters) {
    int page = Integer.parseInt(filters.getOrDefault("page", "0"));
    int size = Integer.parseInt(filters.getOrDefault("size", "20"));
    String partner = filters.get("partner");
    String format = filters.get("format");
    String track = filters.get("track");
    String status = filters.get("status");
    List<ProgramSummary> matching =
        ReadModels.programs(state).stream()
            .filter(
                p ->
                    period.includes(
                        state.programs().get(p.programId()).catalogue(),
                        state.programs().get(p.programId()).dates()))
            .filter(p -> partner == null || p.partners().contains(partner))
            .filter(p -> format == null || format.equals(p.format()))
            .filter(p -> track == null || track.equals(p.track()))
            .filter(p -> status == null || status.equals(p.status().name()))
            .sorted(Comparator.comparing(ProgramSummary::programId))
            .toList();
    int from = (int) Math.min((long) page * size, matching.size());
    int to = Math.min(from + size, matching.size());
    return new ProgramsPage(
        matching.subList(from, to),
        page,
        size,
        matching.size(),
        (int) ((matching.size() + (long) size - 1) / size));
  }
}
