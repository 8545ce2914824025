package org.crewtraining.faults.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of every scenario run, printed after each scenario and kept in
 * target/fault-figures.md (bin/faults prints that file at the end).
 */
public final class FiguresTable {

  private final Path file = Path.of("target", "fault-figures.md");
  private final List<FiguresRow> rows = new ArrayList<>();

  public synchronized void add(FiguresRow row) {
    rows.add(row);
    String table = render();
    System.out.println("\n" + table);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, table + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String render() {
    StringBuilder text = new StringBuilder(FiguresRow.HEADER);
    text.append("\n");
    rows.forEach(r -> text.append(r.markdown()).append("\n"));
    text.append(
        "\n%d cores, load average %s, %s"
            .formatted(
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                java.time.Instant.now()));
    return text.toString();
  }

  private static String loadAverage() {
    try {
      return String.join(
          " ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
