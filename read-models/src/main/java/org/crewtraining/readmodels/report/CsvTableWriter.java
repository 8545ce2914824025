package org.crewtraining.readmodels.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A table as CSV (RFC 4180): records end with CRLF, every record has one field per column, a field
 * is quoted when it holds a comma, a double quote, CR or LF (a quote doubled inside), otherwise
 * written as it is; cells are {@link CellText}. The writer writes characters: the caller encodes
 * them as UTF-8.
 *
 * <p>The <b>canonical</b> CSV ({@link #canonical}) is the form to hash or diff row by row (a report
 * re-derived from the log renders to the same bytes): header = column keys, no byte-order mark,
 * rows in the order the table's definition documents (each table's javadoc in this package). Same
 * rows, same bytes. Downloads for people ({@link #forPeople}) differ only in the header (English or
 * Korean) and a leading BOM, which Excel needs to read UTF-8.
 */
public final class CsvTableWriter<T> implements TableWriter<T> {

  /** U+FEFF: Excel opens a UTF-8 CSV as UTF-8 only when it starts with it. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private final ReportTable<T> table;
  private final Writer out;

  private CsvTableWriter(ReportTable<T> table, Writer out) {
    this.table = table;
    this.out = out;
  }

  /** The canonical CSV: key header, no BOM. */
  public static <T> CsvTableWriter<T> canonical(ReportTable<T> table, Writer out)
      throws IOException {
    CsvTableWriter<T> writer = new CsvTableWriter<>(table, out);
    writer.record(table.keys());
    return writer;
  }

  /** For people: the BOM, then headers in the language, then the canonical rows. */
  public static <T> CsvTableWriter<T> forPeople(
      ReportTable<T> table, HeaderLanguage language, Writer out) throws IOException {
    out.write(BYTE_ORDER_MARK);
    CsvTableWriter<T> writer = new CsvTableWriter<>(table, out);
    writer.record(table.headers(language));
    return writer;
  }

  @Override
  public void row(T row) throws IOException {
    record(table.texts(row));
  }

  /** Flushes what is written; the underlying writer stays open (it is the caller's). */
  @Override
  public void close() throws IOException {
    out.flush();
  }

  private void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write("\r\n");
  }

  private void field(String text) throws IOException {
    if (!needsQuotes(text)) {
      out.write(text);
      return;
    }
    out.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        out.write('"');
      }
      out.write(c);
    }
    out.write('"');
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
