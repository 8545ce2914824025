package org.crewtraining.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000-row exports and the live heap of this JVM (which runs the server) while they stream
 * ({@link LiveHeapPeak}); each prints its figures. The CSV download goes the whole way: audit rows
 * bulk-inserted into the trail, a database cursor, HTTP. The XLSX one writes synthetic rows of the
 * same shape through the sheet writer in a forked JVM with a small fixed heap ({@link
 * XlsxMemoryProbe}), where nothing else allocates, and the same rows deliberately materialised
 * first as a baseline, which must run out of that heap.
 */
class ExportMemoryTest extends IntegrationTestBase {

  private static final int ROWS = 100_000;
  private static final long MB = 1024 * 1024;

  /** Generous: holding the rows takes more (the baseline shows it). */
  private static final long BOUND = 32 * MB;

  /** The forked XLSX probe's heap: the 100,000 rows as a list (about 64 MB) do not fit. */
  private static final int PROBE_HEAP_MB = 48;

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
        programId, programId, XlsxMemoryProbe.NOTE, ROWS);

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
  void anXlsxOfOneHundredThousandRowsStreamsInAHeapTheRowsDoNotFitIn() throws Exception {
    Probe streamed = probe("stream");
    Probe materialised = probe("materialise");

    assertThat(streamed.exit).as(streamed.output).isZero();
    assertThat(streamed.growth).as(streamed.output).isLessThan(BOUND);
    // The same rows held as a list, as a non-streaming export would, do not fit in that heap.
    assertThat(materialised.exit).as(materialised.output).isNotZero();
    assertThat(materialised.output).contains("OutOfMemoryError");
  }

  private record Probe(int exit, String output, long growth) {}

  /** {@link XlsxMemoryProbe} in a JVM of its own: nothing else allocates in its small heap. */
  private static Probe probe(String mode) throws Exception {
    Process process =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + PROBE_HEAP_MB + "m",
                "-XX:+UseSerialGC",
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                "-cp",
                System.getProperty("java.class.path"),
                XlsxMemoryProbe.class.getName(),
                mode,
                Integer.toString(ROWS))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = process.waitFor(2, TimeUnit.MINUTES);
    int exit = ended ? process.exitValue() : -1;
    System.out.print("EXPORT MEMORY (forked JVM, -Xmx" + PROBE_HEAP_MB + "m) " + output);
    long growth =
        output
            .lines()
            .filter(l -> l.startsWith("GROWTH "))
            .mapToLong(l -> Long.parseLong(l.substring(7)))
            .findFirst()
            .orElse(Long.MAX_VALUE);
    return new Probe(exit, output, growth);
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
}
