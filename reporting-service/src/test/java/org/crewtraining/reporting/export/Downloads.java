package org.crewtraining.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crewtraining.readmodels.report.CellText;
import org.crewtraining.readmodels.report.CsvTableWriter;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.ReportTable;
import org.crewtraining.reporting.Http;
import org.crewtraining.support.testing.TestUser;

/** Downloads an export and reads it back: the CSV as text, the XLSX as rows of cell texts. */
final class Downloads {

  private Downloads() {}

  static HttpResponse<byte[]> get(int port, String path, TestUser user) {
    try {
      return Http.client()
          .send(
              Http.request(port, path, user).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> get(int port, String path) {
    return get(port, path, TestUser.OPERATOR);
  }

  /** What the CSV download of these rows must be, as text (BOM included). */
  static <T> String csv(ReportTable<T> table, HeaderLanguage language, Iterator<? extends T> rows) {
    StringWriter out = new StringWriter();
    try {
      CsvTableWriter.forPeople(table, language, out).writeAll(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first sheet's rows, each cell as the canonical CSV writes its value. */
  static List<List<String>> sheet(byte[] xlsx, int columns) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          cells.add(row == null ? "" : text(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Header (in the language) then each row's canonical texts: what the sheet must hold. */
  static <T> List<List<String>> expectedSheet(
      ReportTable<T> table, HeaderLanguage language, List<? extends T> rows) {
    List<List<String>> expected = new ArrayList<>();
    expected.add(table.headers(language));
    rows.forEach(row -> expected.add(table.texts(row)));
    return expected;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case NUMERIC -> CellText.decimal(cell.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case BLANK -> "";
      default -> cell.getStringCellValue();
    };
  }
}
