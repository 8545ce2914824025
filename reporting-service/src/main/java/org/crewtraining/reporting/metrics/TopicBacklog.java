package org.crewtraining.reporting.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;

/**
 * What was streamed since the last CompletionMetricsUpdated went to the metrics topic, coalesced
 * into one update: the newest streamed update's sequence, time and overall figures, and every
 * programme changed since, with its newest figures. Not thread-safe.
 */
final class TopicBacklog {

  private final Map<String, ProgramCompletion> programs = new LinkedHashMap<>();
  private MetricsUpdate newest;
  private Completion overallSent;

  void add(MetricsUpdate streamed) {
    streamed.programs().forEach(p -> programs.put(p.programId(), p));
    newest = streamed;
  }

  /** The coalesced update, or null when nothing changed since the last one; empties the backlog. */
  MetricsUpdate drain() {
    if (newest == null || (programs.isEmpty() && newest.overall().equals(overallSent))) {
      return null;
    }
    MetricsUpdate update =
        new MetricsUpdate(
            newest.sequence(),
            false,
            newest.asOf(),
            newest.overall(),
            List.copyOf(programs.values()));
    programs.clear();
    overallSent = newest.overall();
    return update;
  }
}
