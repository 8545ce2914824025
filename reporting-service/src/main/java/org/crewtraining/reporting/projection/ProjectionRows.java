package org.crewtraining.reporting.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentOutcome;
import org.crewtraining.readmodels.EnrollmentStanding;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.ParticipantProfile;
import org.crewtraining.readmodels.ProgramCatalogue;
import org.crewtraining.readmodels.ProgramDates;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ReportedEnrollmentStatus;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * How the folded states map to the program and enrollment rows and back: their columns, the
 * parameters an upsert binds (named like the columns) and the states read from a row.
 */
public final class ProjectionRows {

  /**
   * The program table's state columns, each bound by a parameter of the same name; its figure
   * totals ({@link FigureTotalsColumns}) are only ever moved by a change, never overwritten.
   */
  static final List<String> PROGRAM_COLUMNS =
      List.of(
          "program_id",
          "created",
          "title",
          "partners",
          "format",
          "track",
          "audience",
          "cohort_year",
          "planned_hours",
          "capacity",
          "start_date",
          "end_date",
          "status");

  /**
   * The enrollment table's columns: the enrollment's state and what it counts for in the figures,
   * in one row, each bound by a parameter of the same name.
   */
  static final List<String> ENROLLMENT_COLUMNS =
      Stream.concat(
              Stream.of(
                  "enrollment_id",
                  "program_id",
                  "participant_id",
                  "participant_type",
                  "craft",
                  "status",
                  "ever_confirmed",
                  "promoted",
                  "hours_attended",
                  "hours_completed",
                  "completion_date",
                  "certificate_id"),
              EnrollmentFiguresColumns.NAMES.stream())
          .toList();

  private ProjectionRows() {}

  static SqlParameterSource programParameters(ProgramState p) {
    ProgramCatalogue catalogue = p.catalogue();
    return new MapSqlParameterSource()
        .addValue("program_id", p.programId())
        .addValue("created", p.created())
        .addValue("title", catalogue.title())
        .addValue("partners", catalogue.partners().toArray(String[]::new))
        .addValue("format", catalogue.format())
        .addValue("track", catalogue.track())
        .addValue("audience", catalogue.audience())
        .addValue("cohort_year", catalogue.cohortYear(), Types.INTEGER)
        .addValue("planned_hours", catalogue.plannedHours(), Types.INTEGER)
        .addValue("capacity", p.capacity())
        .addValue("start_date", p.dates().startDate(), Types.DATE)
        .addValue("end_date", p.dates().endDate(), Types.DATE)
        .addValue("status", p.status().name());
  }

  static SqlParameterSource enrollmentParameters(EnrollmentState e) {
    EnrollmentStanding standing = e.standing();
    EnrollmentOutcome outcome = e.outcome();
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("enrollment_id", e.enrollmentId())
            .addValue("program_id", e.programId())
            .addValue("participant_id", e.participantId())
            .addValue("participant_type", e.participant().participantType())
            .addValue("craft", e.participant().craft())
            .addValue("status", standing.status().name())
            .addValue("ever_confirmed", standing.everConfirmed())
            .addValue("promoted", standing.promoted())
            .addValue("hours_attended", e.hoursAttended())
            .addValue("hours_completed", outcome.hoursCompleted(), Types.DOUBLE)
            .addValue("completion_date", outcome.completionDate(), Types.DATE)
            .addValue("certificate_id", outcome.certificateId());
    return EnrollmentFiguresColumns.addTo(parameters, EnrollmentFigures.of(e));
  }

  /** One programme row, as stored by the projection and read back by the query API. */
  public static ProgramState program(ResultSet rs) throws SQLException {
    return new ProgramState(
        rs.getString("program_id"),
        rs.getBoolean("created"),
        new ProgramCatalogue(
            rs.getString("title"),
            List.of((String[]) rs.getArray("partners").getArray()),
            rs.getString("format"),
            rs.getString("track"),
            rs.getString("audience"),
            rs.getObject("cohort_year", Integer.class),
            rs.getObject("planned_hours", Integer.class)),
        rs.getInt("capacity"),
        new ProgramDates(
            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)),
        ReportedProgramStatus.valueOf(rs.getString("status")));
  }

  /** One enrollment row, as stored by the projection and read back by the query API. */
  public static EnrollmentState enrollment(ResultSet rs) throws SQLException {
    return new EnrollmentState(
        rs.getString("enrollment_id"),
        rs.getString("program_id"),
        rs.getString("participant_id"),
        new ParticipantProfile(rs.getString("participant_type"), rs.getString("craft")),
        new EnrollmentStanding(
            ReportedEnrollmentStatus.valueOf(rs.getString("status")),
            rs.getBoolean("ever_confirmed"),
            rs.getBoolean("promoted")),
        rs.getDouble("hours_attended"),
        new EnrollmentOutcome(
            rs.getObject("hours_completed", Double.class),
            rs.getObject("completion_date", LocalDate.class),
            rs.getString("certificate_id")));
  }
}
