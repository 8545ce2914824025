package org.crewtraining.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.crewtraining.readmodels.report.CsvTableWriter;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.ReportTable;
import org.crewtraining.readmodels.report.TableWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A report as a download: the rows go from their source to the writer and on to the response as
 * they come (CSV: UTF-8 with a BOM, for Excel; XLSX: one sheet), named for saving in {@code
 * Content-Disposition} ({@code filename*=UTF-8''…}, Korean names survive).
 */
final class ExportResponse {

  /** Feeds a table's rows, in the table's documented order, to a writer. */
  @FunctionalInterface
  interface RowSource<T> {
    void feed(TableWriter<T> writer) throws IOException;
  }

  private ExportResponse() {}

  /**
   * The download of {@code table}; {@code qualifier} (e.g. the rollup's dimension, may be null)
   * goes into the file name after the table's title.
   */
  static <T> ResponseEntity<StreamingResponseBody> of(
      ReportTable<T> table,
      String qualifier,
      ExportFormat format,
      HeaderLanguage language,
      RowSource<T> rows) {
    StreamingResponseBody body = out -> write(table, format, language, rows, out);
    String name =
        table.title(language == HeaderLanguage.KO ? HeaderLanguage.KO : HeaderLanguage.KEYS)
            + (qualifier == null ? "" : "-" + qualifier)
            + "."
            + format.extension();
    return ResponseEntity.ok()
        .contentType(format.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  private static <T> void write(
      ReportTable<T> table,
      ExportFormat format,
      HeaderLanguage language,
      RowSource<T> rows,
      OutputStream out)
      throws IOException {
    if (format == ExportFormat.XLSX) {
      XlsxTableWriter<T> writer = new XlsxTableWriter<>(table, language, out);
      try {
        rows.feed(writer);
      } catch (IOException | RuntimeException e) {
        writer.discard(); // no half a workbook: the client sees the connection fail
        throw e;
      }
      writer.close();
      return;
    }
    Writer text =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try (TableWriter<T> writer = CsvTableWriter.forPeople(table, language, text)) {
      rows.feed(writer);
    }
  }
}
