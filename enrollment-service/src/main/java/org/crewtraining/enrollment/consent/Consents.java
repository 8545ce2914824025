package org.crewtraining.enrollment.consent;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's consents: the current state of each purpose ever answered (its latest entry) and
 * the whole history, oldest first.
 */
public record Consents(
    String participantId, List<ConsentEntry> current, List<ConsentEntry> history) {

  static Consents of(String participantId, List<ConsentEntry> history) {
    Map<ConsentPurpose, ConsentEntry> latest = new LinkedHashMap<>();
    history.forEach(entry -> latest.put(entry.purpose(), entry));
    return new Consents(
        participantId,
        latest.values().stream().sorted(Comparator.comparing(ConsentEntry::purpose)).toList(),
        history);
  }

  /** Whether the purpose's latest entry is a consent given. */
  public boolean holds(ConsentPurpose purpose) {
    return current.stream().anyMatch(e -> e.purpose() == purpose && e.given());
  }
}
