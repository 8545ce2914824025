package org.crewtraining.reporting.export;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.crewtraining.readmodels.report.AuditTrailTable;
import org.crewtraining.readmodels.report.AuditTrailTable.EventRow;
import org.crewtraining.readmodels.report.HeaderLanguage;

/**
 * Run by {@link ExportMemoryTest} in a JVM of its own with a small fixed heap, where nothing else
 * allocates: {@code stream} writes synthetic audit rows as XLSX through {@link XlsxTableWriter} and
 * prints bytes, time and live-heap growth; {@code materialise} holds the same rows in a list first,
 * as a non-streaming export would (and runs out of that heap).
 */
public final class XlsxMemoryProbe {

  static final String NOTE = "야간 촬영, second unit \"B\". ".repeat(4);

  private XlsxMemoryProbe() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[1]);
    // One small workbook first: POI's classes and schema types are loaded once, not per row.
    new XlsxTableWriter<>(AuditTrailTable.EVENTS, HeaderLanguage.KO, new CountingStream())
        .writeAll(rows(1));
    long started = System.nanoTime();
    CountingStream out = new CountingStream();
    LiveHeapPeak heap = LiveHeapPeak.start();
    try (heap) {
      Iterator<EventRow> source = rows(rows);
      if (args[0].equals("materialise")) {
        List<EventRow> held = new ArrayList<>();
        source.forEachRemaining(held::add);
        source = held.iterator();
      }
      new XlsxTableWriter<>(AuditTrailTable.EVENTS, HeaderLanguage.KO, out).writeAll(source);
    }
    System.out.printf(
        "XLSX %s: %,d rows, %,d bytes in %.1f s; max heap %d MB; live heap (after GC, %d samples):"
            + " baseline %.1f MB, peak %.1f MB, growth %.1f MB%n",
        args[0],
        rows,
        out.bytes,
        (System.nanoTime() - started) / 1e9,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        heap.samples(),
        heap.baseline() / 1048576.0,
        heap.peak() / 1048576.0,
        heap.growth() / 1048576.0);
    System.out.println("GROWTH " + heap.growth());
  }

  /** Synthetic events, made one at a time as they are asked for. */
  static Iterator<EventRow> rows(int count) {
    Instant start = Instant.parse("2019-01-01T00:00:00Z");
    return LongStream.rangeClosed(1, count)
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
