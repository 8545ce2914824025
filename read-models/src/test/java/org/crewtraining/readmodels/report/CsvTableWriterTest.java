package org.crewtraining.readmodels.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.RollupRow;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

  private static final ReportTable<String[]> TWO =
      ReportTable.<String[]>builder("two", "Two", "둘")
          .column("name", "Name", "이름", r -> r[0])
          .column("note", "Note", "비고", r -> r[1])
          .build();

  @Test
  void canonicalCsvHasKeyHeaderCrlfNoBomAndQuotesOnlyWhatRfc4180Needs() throws IOException {
    String csv =
        canonical(
            TWO,
            Stream.of(
                new String[] {"plain", "a,b"},
                new String[] {"say \"cut\"", "line one\nline two"},
                new String[] {"촬영 감독", "carriage\rreturn"},
                new String[] {"", null}));

    assertThat(csv)
        .isEqualTo(
            "name,note\r\n"
                + "plain,\"a,b\"\r\n"
                + "\"say \"\"cut\"\"\",\"line one\nline two\"\r\n"
                + "촬영 감독,\"carriage\rreturn\"\r\n"
                + ",\r\n");
    assertThat(csv.charAt(0)).isNotEqualTo(CsvTableWriter.BYTE_ORDER_MARK);
  }

  @Test
  void downloadsStartWithTheBomAndCarryHeadersInTheLanguage() throws IOException {
    for (HeaderLanguage language : List.of(HeaderLanguage.EN, HeaderLanguage.KO)) {
      StringWriter out = new StringWriter();
      try (CsvTableWriter<String[]> writer = CsvTableWriter.forPeople(TWO, language, out)) {
        writer.row(new String[] {"x", "y"});
      }
      String header = language == HeaderLanguage.KO ? "이름,비고" : "Name,Note";
      assertThat(out.toString()).isEqualTo("\uFEFF" + header + "\r\nx,y\r\n");
      // As UTF-8 bytes, the BOM is EF BB BF.
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
  }

  @Test
  void cellsHaveOneFixedTextPerKindOfValue() {
    assertThat(CellText.of(null)).isEmpty();
    assertThat(CellText.of(1234567L)).isEqualTo("1234567");
    assertThat(CellText.of(0.875)).isEqualTo("0.875");
    assertThat(CellText.of(12.0)).isEqualTo("12");
    assertThat(CellText.of(0.0)).isEqualTo("0");
    assertThat(CellText.of(1.0e-5)).isEqualTo("0.00001");
    assertThat(CellText.of(12345678.5)).isEqualTo("12345678.5");
    assertThat(CellText.of(0.1 + 0.2)).isEqualTo("0.3"); // 15 significant digits
    assertThat(CellText.of(2.0e23)).isEqualTo("200000000000000000000000");
    assertThat(CellText.of(-0.0)).isEqualTo("0");
    assertThat(CellText.of(Instant.parse("2024-12-31T23:59:59Z")))
        .isEqualTo("2024-12-31T23:59:59Z");
    assertThat(CellText.of(Instant.parse("2024-12-31T23:59:59.120Z")))
        .isEqualTo("2024-12-31T23:59:59.120Z");
    assertThat(CellText.of(LocalDate.of(2024, 3, 4))).isEqualTo("2024-03-04");
    assertThat(CellText.of(LocalTime.of(9, 30))).isEqualTo("09:30");
    assertThat(CellText.of(ReportedProgramStatus.CLOSED)).isEqualTo("CLOSED");
    assertThat(CellText.of(true)).isEqualTo("true");
    assertThat(CellText.of(List.of("KOCCA", "KOFIC"))).isEqualTo("KOCCA;KOFIC");
  }

  @Test
  void programmeRowsFlattenTheirFiguresUnderStableKeys() throws IOException {
    Figures figures = Figures.of(10, 2, 1, 1, 0, 6, 1, 3, 123.456, 5, 1, 1, 6, 1);
    ProgramSummary summary =
        new ProgramSummary(
            "p-1",
            "Colour grading, \"advanced\"",
            List.of("KOCCA", "STREAMCO"),
            "SHORT_COURSE",
            "POST_PRODUCTION",
            "INDUSTRY",
            2024,
            ReportedProgramStatus.CLOSED,
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 31),
            40,
            12,
            figures.seatsTaken(),
            Figures.ratio(figures.seatsTaken(), 12),
            figures);

    String csv = canonical(FigureTables.PROGRAMS, Stream.of(summary));

    assertThat(csv)
        .isEqualTo(
            "programId,title,partners,format,track,audience,cohortYear,status,startDate,endDate,"
                + "plannedHours,capacity,seatsTaken,fillRate,enrolled,confirmed,waitlisted,"
                + "withdrawn,cancelled,completed,notCompleted,promotedFromWaitlist,"
                + "completionRate,trainingHours,completionsByRule,completionsOverridden,"
                + "completionsManual,certificatesIssued,certificatesRevoked\r\n"
                + "p-1,\"Colour grading, \"\"advanced\"\"\",KOCCA;STREAMCO,SHORT_COURSE,"
                + "POST_PRODUCTION,INDUSTRY,2024,CLOSED,2024-05-01,2024-05-31,40,12,9,0.75,"
                + "10,2,1,1,0,6,1,3,0.6,123.46,5,1,1,6,1\r\n");
    assertThat(FigureTables.PROGRAMS.headers(HeaderLanguage.KO))
        .startsWith("프로그램 ID", "과정명")
        .contains("수료율");
    assertThat(FigureTables.PROGRAMS.headers(HeaderLanguage.EN)).contains("Completion rate");
  }

  @Test
  void theSameRowsRenderToTheSameBytes() throws IOException {
    List<RollupRow> rows =
        List.of(
            RollupRow.of(Dimension.TRACK, "CAMERA", 3, 40, 45, 30, 5, 210.5),
            RollupRow.of(Dimension.TRACK, "SOUND", 1, 12, 12, 11, 1, 48));
    assertThat(canonical(RollupTable.ROLLUP, rows.stream()))
        .isEqualTo(canonical(RollupTable.ROLLUP, List.copyOf(rows).stream()))
        .endsWith("TRACK,SOUND,1,12,12,11,1,0.9167,48\r\n");
  }

  @Test
  void everyTableHasUniqueKeysAndBothLanguages() {
    for (ReportTable<?> table :
        List.of(
            FigureTables.OVERALL,
            FigureTables.PROGRAMS,
            RollupTable.ROLLUP,
            AttendanceTables.PROGRAMS,
            AttendanceTables.SESSIONS,
            SelectionTables.PROGRAMS,
            SelectionTables.QUOTAS,
            CrewTables.DISTINCT,
            CrewTables.TRANSCRIPT,
            AuditTrailTable.EVENTS)) {
      assertThat(table.keys()).doesNotHaveDuplicates();
      assertThat(table.headers(HeaderLanguage.EN)).doesNotContainNull().doesNotContain("");
      assertThat(table.headers(HeaderLanguage.KO))
          .allSatisfy(h -> assertThat(h).matches(".*[\\uAC00-\\uD7A3].*|.*ID.*|.*JSON.*"));
    }
  }

  private static <T> String canonical(ReportTable<T> table, Stream<? extends T> rows)
      throws IOException {
    StringWriter out = new StringWriter();
    CsvTableWriter.canonical(table, out).writeAll(rows.iterator());
    return out.toString();
  }
}
