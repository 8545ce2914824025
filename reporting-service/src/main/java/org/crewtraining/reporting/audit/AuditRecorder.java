package org.crewtraining.reporting.audit;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.reporting.projection.PolledRecord;
import org.crewtraining.reporting.projection.ProjectionAudit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Records each record the projection takes in the audit trail, in the projection's transaction and
 * from its poll: the raw bytes exactly as they were on the log and the event's indexed ids and
 * metadata (its JSON view is rendered from the bytes when the trail is read). {@code
 * crew.reporting.audit.enabled=false} leaves the trail alone (an instance that should only fold,
 * e.g. a throw-away one next to the live one).
 */
@Component
@ConditionalOnProperty(name = "crew.reporting.audit.enabled", matchIfMissing = true)
public class AuditRecorder implements ProjectionAudit {

  private final AuditStore store;

  public AuditRecorder(AuditStore store) {
    this.store = store;
  }

  @Override
  public void record(List<PolledRecord> records) {
    List<AuditStore.Entry> entries = new ArrayList<>(records.size());
    for (PolledRecord record : records) {
      entries.add(new AuditStore.Entry(audited(record), record.raw()));
    }
    store.insert(entries);
  }

  private static AuditedEvent audited(PolledRecord record) {
    SpecificRecord event = record.event();
    EventType type = EventType.of(event);
    EventMetadata meta = type.metadataOf(event);
    return new AuditedEvent(
        meta.getEventId(),
        type.simpleName(),
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        meta.getOccurredAt(),
        meta.getSource(),
        meta.getCorrelationId(),
        meta.getCausationId(),
        meta.getActor(),
        type.programIdOf(event),
        type.participantIdOf(event),
        type.enrollmentIdOf(event),
        null); // rendered from raw when the trail is read (RecordedJson)
  }
}
