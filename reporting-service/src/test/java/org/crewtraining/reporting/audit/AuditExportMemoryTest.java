package org.crewtraining.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exports 200,000 events (bulk-inserted straight into the trail, ~190 MB of JSON Lines) and
 * measures the heap the service holds while streaming them: the live heap (after a GC, sampled
 * every 250 ms in this JVM, which runs the server) must stay far below the export's size; a
 * response built in memory would hold all of it.
 */
class AuditExportMemoryTest extends IntegrationTestBase {

  private static final int ROWS = 200_000;
  private static final long MB = 1024 * 1024;

  @Autowired JdbcTemplate jdbc;

  @Test
  void exportStreamsWithBoundedMemory() throws Exception {
    String programId = newPrefix() + "-bulk";
    bulkInsert(programId);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = liveHeap(memory);
    AtomicLong peak = new AtomicLong(baseline);
    AtomicBoolean exporting = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (exporting.get()) {
                peak.accumulateAndGet(liveHeap(memory), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(250_000_000L);
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    long bytes = 0;
    long lines = 0;
    long started = System.nanoTime();
    HttpResponse<InputStream> response =
        Http.client()
            .send(
                Http.request(port, "/api/audit/export?programId=" + programId)
                    .timeout(Duration.ofMinutes(3))
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
    exporting.set(false);
    sampler.join();
    double seconds = (System.nanoTime() - started) / 1e9;

    long growth = peak.get() - baseline;
    System.out.printf(
        "AUDIT EXPORT MEMORY: %,d rows, %,d bytes (%.1f MB) in %.1f s; live heap after GC:"
            + " baseline %.1f MB, peak during export %.1f MB, growth %.1f MB (%.1f %% of export"
            + " size)%n",
        lines,
        bytes,
        bytes / (double) MB,
        seconds,
        baseline / (double) MB,
        peak.get() / (double) MB,
        growth / (double) MB,
        100.0 * growth / bytes);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(lines).isEqualTo(ROWS);
    assertThat(bytes).isGreaterThan(150 * MB);
    // Generous: a buffered export would hold all of it (> 150 MB of text, twice as UTF-16).
    assertThat(growth).isLessThan(48 * MB);
  }

  /** Live heap: used after a full collection, so garbage of the streaming does not count. */
  private static long liveHeap(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * Synthetic events, server-side. They sit on the metrics topic with their own type so that folds
   * over the programme and enrollment topics (as-of reports) never see them.
   */
  private void bulkInsert(String programId) {
    jdbc.update(
        """
        INSERT INTO audit_event (event_id, event_type, topic, kafka_partition, kafka_offset,
            record_key, occurred_at, source, correlation_id, program_id, participant_id,
            enrollment_id, payload, raw)
        SELECT gen_random_uuid(), 'SyntheticLoad', 'training.completion-metrics', 0, g, ?,
            timestamptz '2020-01-01T00:00:00Z' + g * interval '1 second', 'load-test',
            'corr-' || g, ?, 'ptc-' || (g % 5000), 'enr-' || g,
            jsonb_build_object('enrollmentId', 'enr-' || g, 'programId', ?::text,
                'participantId', 'ptc-' || (g % 5000), 'hoursAttended', g % 40,
                'note', repeat('Night shoot on location, second unit. ', 12)),
            '\\x00'::bytea
        FROM generate_series(1, ?) AS g
        """,
        programId, programId, programId, ROWS);
  }
}
