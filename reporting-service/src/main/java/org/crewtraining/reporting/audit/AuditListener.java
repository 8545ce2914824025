package org.crewtraining.reporting.audit;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.common.EventMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records every catalogue topic in the audit trail, a poll-sized batch per JDBC batch. It has its
 * own consumer group and takes the raw bytes (not the decoded event) so the trail keeps the record
 * exactly as it was on the log. Idempotent by event id, so redelivery needs no processed_event
 * claim and no shared transaction with the projection (see README).
 */
@Component
public class AuditListener {

  public static final String ID = "reporting-audit";
  private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

  private final AuditStore store;
  private final EventCodec codec;

  public AuditListener(AuditStore store, EventCodec codec) {
    this.store = store;
    this.codec = codec;
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      groupId = "${spring.kafka.consumer.group-id}-audit",
      // Off for an instance that should only fold (e.g. a bulk rebuild next to a live one).
      autoStartup = "${crew.reporting.audit.enabled:true}",
      batch = "true",
      topics = {
        "#{T(org.crewtraining.contracts.Topic).PROGRAM_EVENTS.topicName()}",
        "#{T(org.crewtraining.contracts.Topic).ENROLLMENT_EVENTS.topicName()}",
        "#{T(org.crewtraining.contracts.Topic).COMPLETION_METRICS.topicName()}"
      },
      // Raw bytes: the trail stores the original record value next to its decoded JSON.
      properties = {
        "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
        "max.poll.records=1000"
      })
  public void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    List<AuditStore.Entry> entries = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      AuditStore.Entry entry = entryOf(record);
      if (entry != null) {
        entries.add(entry);
      }
    }
    if (!entries.isEmpty()) {
      store.insert(entries);
    }
  }

  private AuditStore.Entry entryOf(ConsumerRecord<String, byte[]> record) {
    SpecificRecord event = codec.decodeOn(record.topic(), record.value()).orElse(null);
    if (event == null) {
      // Not an event of this topic: the projection parks such records on the DLT; the trail
      // holds events only (an auditor finds the rest on the DLT, with the original bytes).
      log.warn(
          "Audit skips a record that is no event of its topic: {}-{}@{}",
          record.topic(),
          record.partition(),
          record.offset());
      return null;
    }
    EventType type = EventType.of(event);
    EventMetadata meta = type.metadataOf(event);
    AuditedEvent audited =
        new AuditedEvent(
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
            // jsonb rejects an escaped NUL, and one bad row would fail the whole batch: the
            // JSON view shows U+FFFD instead, the exact text survives in raw.
            EventJson.toJson(event).replace("\\u0000", "\\ufffd"));
    return new AuditStore.Entry(audited, record.value());
  }
}
