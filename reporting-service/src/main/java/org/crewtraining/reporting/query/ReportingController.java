package org.crewtraining.reporting.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramAttendance;
import org.crewtraining.readmodels.ProgramSelection;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.SelectionOverview;
import org.crewtraining.readmodels.Transcript;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON API over the read models. Unknown ids answer 404 problem+json, and so do ids
 * outside the caller's {@link PartnerScope}: every answer covers only the programmes it sees.
 */
@RestController
@RequestMapping("/api")
// Constraints on parameters are checked by Spring MVC itself (400 problem+json via
// service-support), so no class-level @Validated, which would turn them into 500s.
@Tag(name = "Reporting", description = "Programme figures, rollups and participant transcripts")
public class ReportingController {

  private final ReportingQueries queries;
  private final AttendanceQueries attendance;
  private final SelectionQueries selection;

  public ReportingController(
      ReportingQueries queries, AttendanceQueries attendance, SelectionQueries selection) {
    this.queries = queries;
    this.attendance = attendance;
    this.selection = selection;
  }

  @Operation(
      summary = "Programmes with their seat and completion figures, ordered by id",
      description =
          "Optionally cohort years fromYear..toYear, a text q found in the title or id (case"
              + " insensitive), and another order: sort (ProgramSort), direction asc or desc.")
  @GetMapping("/programs")
  public Page<ProgramSummary> programs(
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) Integer cohortYear,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String track,
      @RequestParam(required = false) ReportedProgramStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ProgramSort sort,
      @RequestParam(required = false) String direction) {
    return queries.programs(
        new ProgramFilter(partner, cohortYear, format, track, status, PartnerScope.current()),
        ProgramSearch.of(fromYear, toYear, q, sort, direction),
        page,
        size);
  }

  @Operation(summary = "One programme's figures")
  @GetMapping("/programs/{programId}")
  public ProgramSummary program(@PathVariable String programId) {
    return queries
        .program(programId, PartnerScope.current())
        .orElseThrow(() -> notFound("Programme", programId));
  }

  @Operation(
      summary = "One programme's sessions and attendance",
      description =
          "Attendance rate = entries PRESENT or LATE / entries recorded, at active sessions (each"
              + " enrollment's latest entry per session); one row per session, cancelled ones"
              + " included with their own counts.")
  @GetMapping("/programs/{programId}/attendance")
  public ProgramAttendance attendance(@PathVariable String programId) {
    return attendance
        .attendance(programId, PartnerScope.current())
        .orElseThrow(() -> notFound("Programme", programId));
  }

  @Operation(summary = "Attendance over every programme, with each programme's rate")
  @GetMapping("/attendance")
  public AttendanceOverview attendance() {
    return attendance.attendance(PartnerScope.current());
  }

  @Operation(
      summary = "One programme's applications, selection, offers and quota fill",
      description =
          "Selection rate = applications offered a seat (by selection or from the reserve) /"
              + " applications submitted, withdrawn ones included; offer acceptance rate ="
              + " accepted / (accepted + declined + expired); hours from SeatOffered to the"
              + " EnrollmentConfirmed accepting it (median, max); per quota of the admission the"
              + " seats offered to its group and confirmed from offers against min and max.")
  @GetMapping("/programs/{programId}/selection")
  public ProgramSelection selection(@PathVariable String programId) {
    return selection
        .selection(programId, PartnerScope.current())
        .orElseThrow(() -> notFound("Programme", programId));
  }

  @Operation(
      summary = "Applications and selection over every programme",
      description =
          "Totals over all applications (rates and times from all of them) and one line per"
              + " programme that selects by application or has applications, by programme id.")
  @GetMapping("/selection")
  public SelectionOverview selection() {
    return selection.selection(PartnerScope.current());
  }

  @Operation(summary = "Figures over every enrollment")
  @GetMapping("/figures/overall")
  public Figures overall() {
    return queries.overall(PartnerScope.current());
  }

  @Operation(
      summary = "Rollup by partner, cohort year, format, track or participant type",
      description = "Optionally restricted to the programmes of one cohort year.")
  @GetMapping("/rollups/{dimension}")
  public Page<RollupRow> rollup(
      @PathVariable Dimension dimension,
      @RequestParam(required = false) Integer cohortYear,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    List<RollupRow> rows = queries.rollup(dimension, cohortYear, PartnerScope.current());
    return Page.slice(rows, page, size);
  }

  @Operation(summary = "A participant's programmes, outcomes and hours")
  @GetMapping("/participants/{participantId}/transcript")
  public Transcript transcript(@PathVariable String participantId) {
    return queries
        .transcript(participantId, PartnerScope.current())
        .orElseThrow(() -> notFound("Participant", participantId));
  }

  /** Answered as 404 problem+json by service-support's ApiExceptionHandler. */
  private static ResourceNotFoundException notFound(String what, String id) {
    return new ResourceNotFoundException(what, id);
  }
}
