package org.crewtraining.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.report.AttendanceTables;
import org.crewtraining.readmodels.report.CrewTables;
import org.crewtraining.readmodels.report.FigureTables;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.ReportTable;
import org.crewtraining.readmodels.report.RollupTable;
import org.crewtraining.readmodels.report.SelectionTables;
import org.crewtraining.reporting.replay.AsOfReports;
import org.crewtraining.support.security.PartnerScope;
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

  /** A calendar date alone, as {@code GET /api/reports/as-of} takes it. */
  private static final String PLAIN_DATE = "yyyy-MM-dd";

  private final AsOfReports asOf;
  private final Clock clock = Clock.systemUTC();

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
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant at,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate to,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    HeaderLanguage language = ExportLanguage.of(lang);
    if (!REPORTS.contains(report)) {
      throw new InvalidFieldException("report", "must be one of " + String.join(", ", REPORTS));
    }
    Instant knownAt = knownAt(at);
    AsOfReport folded =
        asOf.report(knownAt, period(fromYear, toYear, from, to), PartnerScope.current());
    String qualifier = qualifier(knownAt);
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
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant at,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate to,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    HeaderLanguage language = ExportLanguage.of(lang);
    Instant knownAt = knownAt(at);
    AsOfReport folded =
        asOf.report(knownAt, period(fromYear, toYear, from, to), PartnerScope.current());
    return of(
        RollupTable.ROLLUP,
        dimension.name() + "-" + qualifier(knownAt),
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

  /** The knowledge time: now (milliseconds, as Avro instants) unless given. */
  private Instant knownAt(Instant at) {
    return at != null ? at : clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The business period, as {@code GET /api/reports/as-of} checks it. */
  private static ReportPeriod period(
      Integer fromYear, Integer toYear, LocalDate from, LocalDate to) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    return new ReportPeriod(fromYear, toYear, from, to);
  }

  /** "as-of-2024-12-31T235959Z": the instant without colons, which file systems refuse. */
  private static String qualifier(Instant at) {
    return "as-of-" + at.toString().replace(":", "");
  }
}
