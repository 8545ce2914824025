package org.crewtraining.readmodels.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Writes one table row by row: the header when opened, each row as it is handed over (nothing is
 * kept), the end on {@link #close()}. Rows come from a database cursor or an iterator; the writer
 * never asks for a list.
 */
public interface TableWriter<T> extends Closeable {

  void row(T row) throws IOException;

  /** Every row the iterator yields, in its order, then the end. */
  default void writeAll(Iterator<? extends T> rows) throws IOException {
    while (rows.hasNext()) {
      row(rows.next());
    }
    close();
  }

  /** {@link #row} for callbacks that cannot throw: an I/O error ends the caller's loop too. */
  default void rowUnchecked(T row) {
    try {
      row(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
