package org.crewtraining.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.ProgramAttendance;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.SelectionOverview;
import org.crewtraining.readmodels.Transcript;
import org.crewtraining.readmodels.report.AttendanceTables;
import org.crewtraining.readmodels.report.CrewTables;
import org.crewtraining.readmodels.report.FigureTables;
import org.crewtraining.readmodels.report.RollupTable;
import org.crewtraining.readmodels.report.SelectionTables;
import org.crewtraining.reporting.crew.DistinctCrewQueries;
import org.crewtraining.reporting.query.AttendanceQueries;
import org.crewtraining.reporting.query.ProgramFilter;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.reporting.query.SelectionQueries;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The read-model reports as CSV or XLSX downloads: {@code /api/exports/<report>.csv|xlsx}, the JSON
 * endpoint's filters, {@code lang=en|ko} for the headers. Same figures as the JSON endpoints (same
 * queries); the programme list streams from a database cursor, the others are bounded by the number
 * of programmes or groups. An unknown extension, lang or filter value is 400 problem+json naming
 * the parameter.
 */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports", description = "Reports as CSV (UTF-8 with BOM) or XLSX downloads")
public class ReportExportController {

  private final ExportQueries exports;
  private final ReportingQueries queries;
  private final AttendanceQueries attendance;
  private final SelectionQueries selection;
  private final DistinctCrewQueries crew;

  public ReportExportController(
      ExportQueries exports,
      ReportingQueries queries,
      AttendanceQueries attendance,
      SelectionQueries selection,
      DistinctCrewQueries crew) {
    this.exports = exports;
    this.queries = queries;
    this.attendance = attendance;
    this.selection = selection;
    this.crew = crew;
  }

  @Operation(summary = "Programmes with their figures (the list's filters), by programme id")
  @GetMapping("/programs.{extension}")
  public ResponseEntity<StreamingResponseBody> programs(
      @PathVariable String extension,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) Integer cohortYear,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(required = false) ReportedProgramStatus status,
      @RequestParam(required = false) String lang) {
    ProgramFilter filter =
        new ProgramFilter(
            partner, cohortYear, name(format), name(track), status, PartnerScope.current());
    return ExportResponse.of(
        FigureTables.PROGRAMS,
        null,
        ExportFormat.of(extension),
        ExportLanguage.of(lang),
        writer -> exports.programs(filter, writer::rowUnchecked));
  }

  @Operation(summary = "Figures over every enrollment, one row")
  @GetMapping("/figures/overall.{extension}")
  public ResponseEntity<StreamingResponseBody> overall(
      @PathVariable String extension, @RequestParam(required = false) String lang) {
    // Read here: the body is written on another thread, without the security context.
    PartnerScope scope = PartnerScope.current();
    return ExportResponse.of(
        FigureTables.OVERALL,
        null,
        ExportFormat.of(extension),
        ExportLanguage.of(lang),
        writer -> writer.row(queries.overall(scope)));
  }

  @Operation(summary = "A rollup (optionally of one cohort year's programmes), by group key")
  @GetMapping("/rollups/{dimension}.{extension}")
  public ResponseEntity<StreamingResponseBody> rollup(
      @PathVariable Dimension dimension,
      @PathVariable String extension,
      @RequestParam(required = false) Integer cohortYear,
      @RequestParam(required = false) String lang) {
    // Read here: the body is written on another thread, without the security context.
    PartnerScope scope = PartnerScope.current();
    return ExportResponse.of(
        RollupTable.ROLLUP,
        dimension.name(),
        ExportFormat.of(extension),
        ExportLanguage.of(lang),
        writer -> queries.rollup(dimension, cohortYear, scope).forEach(writer::rowUnchecked));
  }

  @Operation(summary = "Attendance, one row per programme, by programme id")
  @GetMapping("/attendance.{extension}")
  public ResponseEntity<StreamingResponseBody> attendance(
      @PathVariable String extension, @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    AttendanceOverview overview = attendance.attendance(PartnerScope.current());
    return ExportResponse.of(
        AttendanceTables.PROGRAMS,
        null,
        format,
        ExportLanguage.of(lang),
        writer -> overview.programs().forEach(writer::rowUnchecked));
  }

  @Operation(summary = "One programme's sessions and their attendance, in date order")
  @GetMapping("/programs/{programId}/attendance.{extension}")
  public ResponseEntity<StreamingResponseBody> sessions(
      @PathVariable String programId,
      @PathVariable String extension,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    ProgramAttendance programme =
        attendance
            .attendance(programId, PartnerScope.current())
            .orElseThrow(() -> new ResourceNotFoundException("Programme", programId));
    return ExportResponse.of(
        AttendanceTables.SESSIONS,
        programId,
        format,
        ExportLanguage.of(lang),
        writer -> programme.sessions().forEach(writer::rowUnchecked));
  }

  @Operation(summary = "Applications and selection, one row per programme, by programme id")
  @GetMapping("/selection.{extension}")
  public ResponseEntity<StreamingResponseBody> selection(
      @PathVariable String extension, @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    SelectionOverview overview = selection.selection(PartnerScope.current());
    return ExportResponse.of(
        SelectionTables.PROGRAMS,
        null,
        format,
        ExportLanguage.of(lang),
        writer -> overview.programs().forEach(writer::rowUnchecked));
  }

  @Operation(summary = "Quota fill, one row per quota of every programme selecting by application")
  @GetMapping("/selection/quotas.{extension}")
  public ResponseEntity<StreamingResponseBody> quotas(
      @PathVariable String extension, @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    SelectionOverview overview = selection.selection(PartnerScope.current());
    return ExportResponse.of(
        SelectionTables.QUOTAS,
        null,
        format,
        ExportLanguage.of(lang),
        writer -> SelectionTables.quotas(overview).forEach(writer::rowUnchecked));
  }

  @Operation(summary = "Distinct participants and completers over cohort years and filters")
  @GetMapping("/crew/distinct.{extension}")
  public ResponseEntity<StreamingResponseBody> distinctCrew(
      @PathVariable String extension,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(required = false) ParticipantType participantType,
      @RequestParam(required = false) String lang) {
    ExportFormat type = ExportFormat.of(extension);
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    CrewFilter filter =
        new CrewFilter(fromYear, toYear, partner, name(format), name(track), name(participantType));
    // Read here: the body is written on another thread, without the security context.
    PartnerScope scope = PartnerScope.current();
    return ExportResponse.of(
        CrewTables.DISTINCT,
        null,
        type,
        ExportLanguage.of(lang),
        writer -> writer.row(crew.count(filter, scope)));
  }

  @Operation(summary = "A participant's transcript, by programme and enrollment id")
  @GetMapping("/participants/{participantId}/transcript.{extension}")
  public ResponseEntity<StreamingResponseBody> transcript(
      @PathVariable String participantId,
      @PathVariable String extension,
      @RequestParam(required = false) String lang) {
    ExportFormat format = ExportFormat.of(extension);
    Transcript transcript =
        queries
            .transcript(participantId, PartnerScope.current())
            .orElseThrow(() -> new ResourceNotFoundException("Participant", participantId));
    return ExportResponse.of(
        CrewTables.TRANSCRIPT,
        participantId,
        format,
        ExportLanguage.of(lang),
        writer -> transcript.entries().forEach(writer::rowUnchecked));
  }

  private static String name(Enum<?> symbol) {
    return symbol == null ? null : symbol.name();
  }
}
