package org.crewtraining.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.report.AttendanceTables;
import org.crewtraining.readmodels.report.CrewTables;
import org.crewtraining.readmodels.report.FigureTables;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.ReportTable;
import org.crewtraining.readmodels.report.RollupTable;
import org.crewtraining.readmodels.report.SelectionTables;
import org.crewtraining.reporting.replay.AsOfReports;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The as-of report's tables as downloads (auditors): the report is folded in memory from the trail
 * as {@code GET /api/reports/as-of} folds it, then one of its tables is written, rows in the same
 * order as the live report's download.
 */
@RestController
@RequestMapping("/api/exports/as-of")
@Tag(name = "Exports")
public class AsOfExportController {

  /** The tables of {@link AsOfReport} a download can name. */
  static final List<String> REPORTS =
      List.of(
          "programs", "overall", "attendance", "selection", "selection-quotas", "crew-distinct");

  private final AsOfReports asOf;

  public AsOfExportController(AsOfReports asOf) {
    this.asOf = asOf;
  }

  @Operation(
      summary = "A table of the read models as they stood at an instant",
      description =
          "report: programs, overall, attendance, selection, selection-quotas or"
              + " crew-distinct; the columns and order of the live report's download.")
  @GetMapping("/{report}.{extension}")
  public ResponseEntity<StreamingResponseBody> table(
      @PathVariable String report,
      @PathVariable String extension,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    HeaderLanguage language = ExportLanguage.of(lang);
    if (!REPORTS.contains(report)) {
      throw new InvalidFieldException("report", "must be one of " + String.join(", ", REPORTS));
    }
    AsOfReport folded = asOf.at(at);
    String qualifier = qualifier(at);
    return switch (report) {
      case "programs" -> of(FigureTables.PROGRAMS, qualifier, format, language, folded.programs());
      case "overall" ->
          of(FigureTables.OVERALL, qualifier, format, language, List.of(folded.overall()));
      case "attendance" ->
          of(
              AttendanceTables.PROGRAMS,
              qualifier,
              format,
              language,
              folded.attendance().programs());
      case "selection" ->
          of(SelectionTables.PROGRAMS, qualifier, format, language, folded.selection().programs());
      case "selection-quotas" ->
          of(
              SelectionTables.QUOTAS,
              qualifier,
              format,
              language,
              SelectionTables.quotas(folded.selection()).toList());
      default -> of(CrewTables.DISTINCT, qualifier, format, language, List.of(folded.crew()));
    };
  }

  @Operation(summary = "A rollup of the read models as they stood at an instant, by group key")
  @GetMapping("/rollups/{dimension}.{extension}")
  public ResponseEntity<StreamingResponseBody> rollup(
      @PathVariable Dimension dimension,
      @PathVariable String extension,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    HeaderLanguage language = ExportLanguage.of(lang);
    AsOfReport folded = asOf.at(at);
    return of(
        RollupTable.ROLLUP,
        dimension.name() + "-" + qualifier(at),
        format,
        language,
        folded.rollups().get(dimension));
  }

  private static <T> ResponseEntity<StreamingResponseBody> of(
      ReportTable<T> table,
      String qualifier,
      ExportFormat format,
      HeaderLanguage language,
      List<? extends T> rows) {
    return ExportResponse.of(
        table, qualifier, format, language, writer -> rows.forEach(writer::rowUnchecked));
  }

  /** "as-of-2024-12-31T235959Z": the instant without colons, which file systems refuse. */
  private static String qualifier(Instant at) {
    return "as-of-" + at.toString().replace(":", "");
  }
}
