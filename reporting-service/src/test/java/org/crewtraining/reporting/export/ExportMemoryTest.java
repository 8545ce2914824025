package org.crewtraining.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.crewtraining.readmodels.report.AuditTrailTable;
import org.crewtraining.readmodels.report.AuditTrailTable.EventRow;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000-row exports and the live heap of this JVM (which runs the server) while they stream
 * ({@link LiveHeapPeak}); each prints its figures. The CSV download goes the whole way: audit rows
 * bulk-inserted into the trail, a database cursor, HTTP. The XLSX one writes synthetic rows of the
 * same shape through the sheet writer, next to a deliberately materialised list of the same rows:
 * that baseline must exceed the bound the streamed exports stay under, so the bound means
 * something.
 */
class ExportMemoryTest extends IntegrationTestBase {

  private static final int ROWS = 100_000;
  private static final long MB = 1024 * 1024;

  /** Generous: holding the rows takes more (the baseline shows it). */
  private static final long BOUND = 32 * MB;

  private static final String NOTE = "야간 촬영, second unit \"B\". ".repeat(4);

  @Autowired JdbcTemplate jdbc;

  @Test
  void aCsvDownloadOfOneHundredThousandAuditRowsStreamsFromTheCursor() throws Exception {
    String programId = newPrefix() + "-export-bulk";
    // On the metrics topic with a type of their own: folds over the event topics never see them.
    jdbc.update(
        """
        INSERT INTO audit_event (event_id, event_type, topic, kafka_partition, kafka_offset,
            record_key, occurred_at, source, correlation_id, program_id, participant_id,
            enrollment_id, payload, raw)
        SELECT gen_random_uuid(), 'SyntheticExportLoad', 'training.completion-metrics', 0, g, ?,
            timestamptz '2019-01-01T00:00:00Z' + g * interval '1 second', 'load-test',
            'corr-' || g, ?, 'ptc-' || (g % 5000), 'enr-' || g,
            jsonb_build_object('enrollmentId', 'enr-' || g, 'hoursAttended', g % 40,
                'note', ?::text),
            '\\x00'::bytea
        FROM generate_series(1, ?) AS g
        """,
        programId, programId, NOTE, ROWS);

    long bytes = 0;
    long lines = 0;
    long started = System.nanoTime();
    HttpResponse<InputStream> response;
    LiveHeapPeak heap = LiveHeapPeak.start();
    try (heap) {
      response =
          Http.client()
              .send(
                  Http.request(port, "/api/exports/audit/events.csv?programId=" + programId)
                      .timeout(Duration.ofMinutes(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = body.read(buffer)) >= 0; ) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            lines += buffer[i] == '\n' ? 1 : 0;
          }
        }
      }
    }
    print("CSV over HTTP", bytes, started, heap);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(lines).isEqualTo(ROWS + 1L); // the header, then one line per row
    assertThat(bytes).isGreaterThan(BOUND);
    assertThat(heap.samples()).isPositive();
    assertThat(heap.growth()).isLessThan(BOUND);
  }

  @Test
  void anXlsxOfOneHundredThousandRowsStreamsWhereAMaterialisedListCannot() throws Exception {
    long started = System.nanoTime();
    CountingStream out = new CountingStream();
    LiveHeapPeak streamed = LiveHeapPeak.start();
    try (streamed) {
      new XlsxTableWriter<>(AuditTrailTable.EVENTS, HeaderLanguage.KO, out).writeAll(rows());
    }
    print("XLSX streamed", out.bytes, started, streamed);

    started = System.nanoTime();
    List<EventRow> held = new ArrayList<>();
    LiveHeapPeak materialised = LiveHeapPeak.start();
    try (materialised) {
      rows().forEachRemaining(held::add);
    }
    print("baseline: the rows as a list", 0, started, materialised);

    assertThat(held).hasSize(ROWS);
    assertThat(out.bytes).isPositive();
    assertThat(streamed.samples()).isPositive();
    assertThat(materialised.growth()).isGreaterThan(BOUND);
    assertThat(streamed.growth()).isLessThan(BOUND);
  }

  /** Synthetic events, made one at a time as they are asked for. */
  private static Iterator<EventRow> rows() {
    Instant start = Instant.parse("2019-01-01T00:00:00Z");
    return LongStream.rangeClosed(1, ROWS)
        .mapToObj(
            g ->
                new EventRow(
                    new UUID(g, g),
                    "SyntheticExportLoad",
                    "training.completion-metrics",
                    0,
                    g,
                    "synthetic-program",
                    start.plusSeconds(g),
                    "load-test",
                    "corr-" + g,
                    null,
                    null,
                    "synthetic-program",
                    "ptc-" + (g % 5000),
                    "enr-" + g,
                    "{\"enrollmentId\": \"enr-"
                        + g
                        + "\", \"hoursAttended\": "
                        + (g % 40)
                        + ", \"note\": \""
                        + NOTE.replace("\"", "\\\"")
                        + "\"}"))
        .iterator();
  }

  private static void print(String what, long bytes, long started, LiveHeapPeak heap) {
    System.out.printf(
        "EXPORT MEMORY %s: %,d rows, %,d bytes (%.1f MB) in %.1f s; live heap (after GC, %d"
            + " samples): baseline %.1f MB, peak %.1f MB, growth %.1f MB (bound %d MB)%n",
        what,
        ROWS,
        bytes,
        bytes / (double) MB,
        (System.nanoTime() - started) / 1e9,
        heap.samples(),
        heap.baseline() / (double) MB,
        heap.peak() / (double) MB,
        heap.growth() / (double) MB,
        BOUND / MB);
  }

  /** Counts what is written and keeps none of it. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
