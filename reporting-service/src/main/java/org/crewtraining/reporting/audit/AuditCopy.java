package org.crewtraining.reporting.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes audit rows with one binary {@code COPY} per batch: the server takes the rows as they are,
 * without a statement, parameters and a conflict check per row. The values are the ones the
 * parameterised insert binds (binary forms of uuid, text, int4, int8, timestamptz and bytea). COPY
 * has no {@code ON CONFLICT}: an event already recorded fails the whole copy, which the caller then
 * writes the other way.
 */
final class AuditCopy {

  static final String SQL =
      "COPY audit_event (event_id, event_type, topic, kafka_partition, kafka_offset, record_key,"
          + " occurred_at, source, correlation_id, causation_id, actor, program_id, participant_id,"
          + " enrollment_id, raw) FROM STDIN (FORMAT binary)";

  private static final int COLUMNS = 15;

  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** Bytes sent to the server at a time, so a large batch is not held twice in memory. */
  private static final int CHUNK = 256 * 1024;

  /** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00:00Z. */
  private static final long PG_EPOCH_SECONDS = 946_684_800L;

  /** Timestamps the binary form carries exactly; others go through the parameterised insert. */
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private AuditCopy() {}

  /** Whether every entry has a binary form that stores exactly what the insert would store. */
  static boolean canCopy(List<AuditStore.Entry> entries) {
    for (AuditStore.Entry entry : entries) {
      Instant at = entry.event().occurredAt();
      if (at == null || at.isBefore(FIRST) || at.isAfter(LAST) || at.getNano() % 1000 != 0) {
        return false;
      }
    }
    return true;
  }

  /** Copies the entries in; throws whatever the server said if it refused any row. */
  static void copy(Connection connection, List<AuditStore.Entry> entries) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
    try {
      Rows rows = new Rows();
      rows.out.write(HEADER);
      for (AuditStore.Entry entry : entries) {
        rows.write(entry);
        if (rows.size() >= CHUNK) {
          rows.sendTo(copy);
        }
      }
      rows.out.writeShort(-1);
      rows.sendTo(copy);
      copy.endCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** The binary COPY encoding of rows, buffered. */
  private static final class Rows {
    private final Buffer buffer = new Buffer();
    private final DataOutputStream out = new DataOutputStream(buffer);

    void write(AuditStore.Entry entry) throws IOException {
      AuditedEvent e = entry.event();
      out.writeShort(COLUMNS);
      uuid(e.eventId());
      text(e.type());
      text(e.topic());
      out.writeInt(4);
      out.writeInt(e.partition());
      out.writeInt(8);
      out.writeLong(e.offset());
      text(e.key());
      timestamp(e.occurredAt());
      text(e.source());
      text(e.correlationId());
      text(e.causationId());
      text(e.actor());
      text(e.programId());
      text(e.participantId());
      text(e.enrollmentId());
      bytes(entry.raw());
    }

    private void uuid(UUID id) throws IOException {
      if (id == null) {
        out.writeInt(-1);
        return;
      }
      out.writeInt(16);
      out.writeLong(id.getMostSignificantBits());
      out.writeLong(id.getLeastSignificantBits());
    }

    private void text(String value) throws IOException {
      bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void timestamp(Instant at) throws IOException {
      out.writeInt(8);
      out.writeLong((at.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + at.getNano() / 1000);
    }

    private void bytes(byte[] value) throws IOException {
      if (value == null) {
        out.writeInt(-1);
        return;
      }
      out.writeInt(value.length);
      out.write(value);
    }

    int size() {
      return buffer.size();
    }

    void sendTo(CopyIn copy) throws SQLException {
      buffer.sendTo(copy);
    }
  }

  /** A byte buffer handed to the driver without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(CHUNK + 64 * 1024);
    }

    void sendTo(CopyIn copy) throws SQLException {
      copy.writeToCopy(buf, 0, count);
      reset();
    }
  }
}
