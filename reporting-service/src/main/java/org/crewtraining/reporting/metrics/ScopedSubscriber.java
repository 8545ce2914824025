package org.crewtraining.reporting.metrics;

import java.util.List;
import java.util.Map;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One SSE connection and what its caller may see. A partner-bound caller gets only the updates of
 * programmes visible to it, with overall figures summed over those alone (kept from its snapshot
 * on), and nothing when none of them changed: the stream does not even show that other partners'
 * programmes moved. Used under {@link MetricsStream}'s lock only.
 */
final class ScopedSubscriber {

  private final SseEmitter emitter;
  private final PartnerScope scope;
  private final ProgramTotals visible;

  ScopedSubscriber(SseEmitter emitter, PartnerScope scope, MetricsUpdate snapshot) {
    this.emitter = emitter;
    this.scope = scope;
    this.visible = scope.unrestricted() ? null : ProgramTotals.of(snapshot.programs());
  }

  SseEmitter emitter() {
    return emitter;
  }

  /**
   * The update as this caller sees it, or null if nothing it sees changed.
   *
   * @param partners the partners of each programme in the update, by programme id
   */
  MetricsUpdate view(MetricsUpdate update, Map<String, List<String>> partners) {
    if (scope.unrestricted()) {
      return update;
    }
    List<ProgramCompletion> programs =
        update.programs().stream()
            .filter(p -> scope.allows(partners.getOrDefault(p.programId(), List.of())))
            .toList();
    if (programs.isEmpty()) {
      return null;
    }
    visible.update(programs);
    Completion overall = visible.overall();
    return new MetricsUpdate(update.sequence(), false, update.asOf(), overall, programs);
  }
}
