package org.crewtraining.reporting.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A stream connection that asked for a filter: it sees only the programmes the filter selects, and
 * overall figures that are their sums (its own {@link ProgramTotals}). An update touching none of
 * them is not sent, so a filtered dashboard does not move for programmes it does not show. Used
 * under {@link MetricsStream}'s lock.
 */
final class FilteredSubscriber {

  private final SseEmitter emitter;
  private final DashboardFilter filter;
  private final PartnerScope scope;
  private ProgramTotals totals;

  FilteredSubscriber(SseEmitter emitter, DashboardFilter filter, PartnerScope scope) {
    this.emitter = emitter;
    this.filter = filter;
    this.scope = scope;
  }

  SseEmitter emitter() {
    return emitter;
  }

  /**
   * The snapshot, at this stream position, of the programmes the filter selects among all of them;
   * starts the running totals.
   */
  MetricsUpdate snapshot(long sequence, Instant asOf, List<ProgramSummary> programs) {
    List<ProgramCompletion> selected =
        programs.stream().filter(this::shows).map(ProgramCompletion::of).toList();
    totals = ProgramTotals.of(selected);
    return new MetricsUpdate(sequence, true, asOf, totals.overall(), selected);
  }

  /**
   * This connection's part of an update, or null when none of its programmes changed. {@code
   * programs} holds the current attributes of the update's programmes, by id.
   */
  MetricsUpdate select(MetricsUpdate update, Map<String, ProgramSummary> programs) {
    List<ProgramCompletion> selected =
        update.programs().stream()
            .filter(p -> programs.containsKey(p.programId()))
            .filter(p -> shows(programs.get(p.programId())))
            .toList();
    if (selected.isEmpty()) {
      return null;
    }
    totals.update(selected);
    return new MetricsUpdate(update.sequence(), false, update.asOf(), totals.overall(), selected);
  }

  private boolean shows(ProgramSummary program) {
    return scope.allows(program.partners()) && filter.matches(program);
  }
}
