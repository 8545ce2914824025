package org.crewtraining.readmodels.report;

import java.time.Instant;
import java.util.UUID;

/** The audit trail: one row per event as recorded from the log. */
public final class AuditTrailTable {

  private AuditTrailTable() {}

  /**
   * One recorded event: where it was on the log, its metadata, the ids it is about and the decoded
   * event as JSON text.
   */
  public record EventRow(
      UUID eventId,
      String type,
      String topic,
      int partition,
      long offset,
      String key,
      Instant occurredAt,
      String source,
      String correlationId,
      String causationId,
      String actor,
      String programId,
      String participantId,
      String enrollmentId,
      String payload) {}

  /** Rows in trail order: by occurredAt, then event id (as the audit API pages them). */
  public static final ReportTable<EventRow> EVENTS =
      ReportTable.<EventRow>builder("audit-events", "Audit trail", "감사 기록")
          .column("eventId", "Event id", "이벤트 ID", EventRow::eventId)
          .column("type", "Type", "이벤트 유형", EventRow::type)
          .column("topic", "Topic", "토픽", EventRow::topic)
          .column("partition", "Partition", "파티션", EventRow::partition)
          .column("offset", "Offset", "오프셋", EventRow::offset)
          .column("key", "Key", "키", EventRow::key)
          .column("occurredAt", "Occurred at", "발생 시각", EventRow::occurredAt)
          .column("source", "Source", "출처", EventRow::source)
          .column("correlationId", "Correlation id", "상관 ID", EventRow::correlationId)
          .column("causationId", "Causation id", "원인 ID", EventRow::causationId)
          .column("actor", "Actor", "행위자", EventRow::actor)
          .column("programId", "Programme id", "프로그램 ID", EventRow::programId)
          .column("participantId", "Participant id", "참여자 ID", EventRow::participantId)
          .column("enrollmentId", "Enrollment id", "등록 ID", EventRow::enrollmentId)
          .column("payload", "Event (JSON)", "이벤트 내용(JSON)", EventRow::payload)
          .build();
}
