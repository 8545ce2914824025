package org.crewtraining.reporting.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.crewtraining.contracts.Topic;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** JDBC access to the append-only audit trail. */
@Repository
public class AuditStore {

  private static final String INSERT =
      """
      INSERT INTO audit_event (event_id, event_type, topic, kafka_partition, kafka_offset,
          record_key, occurred_at, source, correlation_id, causation_id, actor, program_id,
          participant_id, enrollment_id, raw)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (event_id) DO NOTHING
      """;

  /**
   * What a listing reads: the metadata, and the JSON stored with rows recorded before V6 or else
   * the original bytes it is rendered from ({@link RecordedJson}).
   */
  public static final String COLUMNS =
      "event_id, event_type, topic, kafka_partition, kafka_offset, record_key, occurred_at,"
          + " source, correlation_id, causation_id, actor, program_id, participant_id,"
          + " enrollment_id, payload::text AS payload,"
          + " CASE WHEN payload IS NULL THEN raw END AS raw";

  /** Rows fetched per round trip while streaming: bounds memory whatever the result size. */
  static final int FETCH_SIZE = 1000;

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final JdbcTemplate streaming;
  private final TransactionTemplate readOnly;
  private final RecordedJson json;

  public AuditStore(
      JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager txm, RecordedJson json) {
    this.jdbc = jdbc;
    this.json = json;
    this.dataSource = dataSource;
    this.streaming = new JdbcTemplate(dataSource);
    // PostgreSQL honours the fetch size only inside a transaction (server-side cursor).
    this.streaming.setFetchSize(FETCH_SIZE);
    this.readOnly = new TransactionTemplate(txm);
    this.readOnly.setReadOnly(true);
  }

  /**
   * One event as recorded from the log, with its original bytes. Its payload is not stored: the
   * JSON view is rendered from the bytes when read.
   */
  public record Entry(AuditedEvent event, byte[] raw) {}

  /**
   * Records a batch in the caller's transaction; events already recorded are ignored. The rows go
   * in with one COPY under a savepoint; if the server refuses it (an event recorded before, which
   * COPY cannot skip), the savepoint is rolled back and the batch inserted row by row, skipping
   * those events (or failing as the insert fails). Joins the caller's transaction (the
   * projection's), or runs in its own.
   */
  @Transactional
  public void insert(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (AuditCopy.canCopy(entries)) {
      Connection connection = DataSourceUtils.getConnection(dataSource);
      try {
        Savepoint savepoint = connection.setSavepoint();
        try {
          AuditCopy.copy(connection, entries);
          connection.releaseSavepoint(savepoint);
          return;
        } catch (SQLException refused) {
          connection.rollback(savepoint);
        }
      } catch (SQLException e) {
        throw new UncategorizedSQLException("audit COPY savepoint", AuditCopy.SQL, e);
      } finally {
        DataSourceUtils.releaseConnection(connection, dataSource);
      }
    }
    insertSkippingRecorded(entries);
  }

  /**
   * Inserts a batch in one round trip per JDBC batch; events already recorded are ignored. No row
   * counts: with reWriteBatchedInserts the driver reports none.
   */
  private void insertSkippingRecorded(List<Entry> entries) {
    jdbc.batchUpdate(
        INSERT,
        entries,
        entries.size(),
        (PreparedStatement ps, Entry entry) -> {
          AuditedEvent e = entry.event();
          ps.setObject(1, e.eventId());
          ps.setString(2, e.type());
          ps.setString(3, e.topic());
          ps.setInt(4, e.partition());
          ps.setLong(5, e.offset());
          ps.setString(6, e.key());
          ps.setObject(7, utc(e.occurredAt()));
          ps.setString(8, e.source());
          ps.setString(9, e.correlationId());
          ps.setString(10, e.causationId());
          ps.setString(11, e.actor());
          ps.setString(12, e.programId());
          ps.setString(13, e.participantId());
          ps.setString(14, e.enrollmentId());
          ps.setBytes(15, entry.raw());
        });
  }

  /** One page in (occurredAt, eventId) order, after the cursor if given. */
  public AuditPage page(AuditFilter filter, AuditCursor after, int size) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event");
    where(sql, args, filter, after);
    sql.append(" ORDER BY occurred_at, event_id LIMIT ?");
    args.add(size + 1);
    List<AuditedEvent> rows = jdbc.query(sql.toString(), (rs, n) -> event(rs), args.toArray());
    boolean more = rows.size() > size;
    List<AuditedEvent> items = more ? rows.subList(0, size) : rows;
    AuditedEvent last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new AuditPage(
        List.copyOf(items),
        more ? new AuditCursor(last.occurredAt(), last.eventId()).encode() : null);
  }

  /** Every matching event in trail order, row by row through a cursor (memory stays flat). */
  public void stream(AuditFilter filter, RowCallbackHandler rows) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event");
    where(sql, args, filter, null);
    sql.append(" ORDER BY occurred_at, event_id");
    readOnly.executeWithoutResult(tx -> streaming.query(sql.toString(), rows, args.toArray()));
  }

  /**
   * The original bytes of every programme and enrollment event that occurred at or before the
   * instant, in log order (per partition by offset), which keeps each key's events in order.
   */
  public void rawInLogOrder(Instant atOrBefore, Consumer<byte[]> sink) {
    readOnly.executeWithoutResult(
        tx ->
            streaming.query(
                "SELECT raw FROM audit_event WHERE topic IN (?, ?) AND occurred_at <= ?"
                    + " ORDER BY topic, kafka_partition, kafka_offset",
                rs -> {
                  sink.accept(rs.getBytes(1));
                },
                Topic.PROGRAM_EVENTS.topicName(),
                Topic.ENROLLMENT_EVENTS.topicName(),
                utc(atOrBefore)));
  }

  public long count() {
    Long n = jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
    return n == null ? 0 : n;
  }

  private static void where(
      StringBuilder sql, List<Object> args, AuditFilter f, AuditCursor after) {
    sql.append(" WHERE true");
    condition(sql, args, "program_id = ?", f.programId());
    condition(sql, args, "participant_id = ?", f.participantId());
    condition(sql, args, "enrollment_id = ?", f.enrollmentId());
    condition(sql, args, "event_type = ?", f.type());
    condition(sql, args, "occurred_at >= ?", utc(f.from()));
    condition(sql, args, "occurred_at <= ?", utc(f.to()));
    visibleTo(sql, args, f.scope());
    if (after != null) {
      sql.append(" AND (occurred_at, event_id) > (?, ?)");
      args.add(utc(after.occurredAt()));
      args.add(after.eventId());
    }
  }

  /**
   * Only events of programmes visible in the scope: events without a programme are left out for a
   * restricted scope (fail closed; the completion metrics sum every programme).
   */
  private static void visibleTo(StringBuilder sql, List<Object> args, PartnerScope scope) {
    if (scope.unrestricted()) {
      return;
    }
    if (scope.partners().isEmpty()) {
      sql.append(" AND false");
      return;
    }
    sql.append(" AND program_id IN (SELECT program_id FROM program WHERE partners && ARRAY[")
        .append(String.join(", ", Collections.nCopies(scope.partners().size(), "?")))
        .append("]::text[])");
    args.addAll(scope.partners());
  }

  /**
   * How many programme and enrollment events that occurred at or before the instant concern
   * programmes visible in the scope (what an as-of report for a partner-bound auditor says it
   * folded).
   */
  public long countInLog(Instant atOrBefore, PartnerScope scope) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT count(*) FROM audit_event WHERE topic IN (?, ?) AND occurred_at <= ?");
    args.add(Topic.PROGRAM_EVENTS.topicName());
    args.add(Topic.ENROLLMENT_EVENTS.topicName());
    args.add(utc(atOrBefore));
    visibleTo(sql, args, scope);
    Long n = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  /**
   * Instants cross JDBC as UTC OffsetDateTime, never java.sql.Timestamp: Timestamp goes through the
   * Julian calendar before 1582 and so moved an instant such as 0001-01-01T00:00:00Z by days.
   */
  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static void condition(StringBuilder sql, List<Object> args, String test, Object value) {
    if (value != null) {
      sql.append(" AND ").append(test);
      args.add(value);
    }
  }

  /** The row read with {@link #COLUMNS}, its payload rendered from its bytes if not stored. */
  public AuditedEvent event(ResultSet rs) throws SQLException {
    String payload = rs.getString("payload");
    if (payload == null) {
      payload = json.render(rs.getBytes("raw"));
    }
    return new AuditedEvent(
        rs.getObject("event_id", UUID.class),
        rs.getString("event_type"),
        rs.getString("topic"),
        rs.getInt("kafka_partition"),
        rs.getLong("kafka_offset"),
        rs.getString("record_key"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("source"),
        rs.getString("correlation_id"),
        rs.getString("causation_id"),
        rs.getString("actor"),
        rs.getString("program_id"),
        rs.getString("participant_id"),
        rs.getString("enrollment_id"),
        payload);
  }
}
