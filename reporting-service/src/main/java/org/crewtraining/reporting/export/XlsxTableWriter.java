package org.crewtraining.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.crewtraining.readmodels.report.CellText;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.ReportTable;
import org.crewtraining.readmodels.report.TableWriter;

/**
 * A table as one XLSX sheet, through POI's streaming SXSSF: only the last {@link #WINDOW} rows are
 * in memory, older ones are flushed to a temporary file, which {@link #close()} zips into the
 * output and deletes. Numbers and booleans are typed cells; every other value is text as the
 * canonical CSV writes it ({@link CellText}), so the sheet read back is the CSV's rows. A text
 * longer than a cell can hold (32,767 characters, e.g. a huge event's JSON) is cut there, ending in
 * {@link #CUT}; the CSV has it whole.
 */
final class XlsxTableWriter<T> implements TableWriter<T> {

  static final int WINDOW = 200;
  static final int MAX_TEXT = 32_767;
  static final String CUT = "…";

  private final ReportTable<T> table;
  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final Sheet sheet;
  private int next;

  XlsxTableWriter(ReportTable<T> table, HeaderLanguage language, OutputStream out) {
    this.table = table;
    this.out = out;
    sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title(language)));
    sheet.createFreezePane(0, 1);
    Row header = sheet.createRow(next++);
    List<String> headers = table.headers(language);
    for (int i = 0; i < headers.size(); i++) {
      header.createCell(i).setCellValue(headers.get(i));
    }
  }

  @Override
  public void row(T value) {
    Row row = sheet.createRow(next++);
    List<Object> values = table.values(value);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        continue; // a blank cell, as the CSV's empty field
      }
      Cell cell = row.createCell(i);
      if (v instanceof Long
          || v instanceof Integer
          || v instanceof Short
          || v instanceof Double
          || v instanceof Float
          || v instanceof BigDecimal
          || v instanceof BigInteger) {
        cell.setCellValue(((Number) v).doubleValue());
      } else if (v instanceof Boolean b) {
        cell.setCellValue(b);
      } else {
        cell.setCellValue(fitted(CellText.of(v)));
      }
    }
  }

  /** Writes the workbook and deletes its temporary file. */
  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      discard();
    }
  }

  /** Deletes the temporary file without writing (the rows failed half-way). */
  void discard() throws IOException {
    workbook.close();
    workbook.dispose(); // close() leaves the temporary file behind
  }

  static String fitted(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
  }
}
