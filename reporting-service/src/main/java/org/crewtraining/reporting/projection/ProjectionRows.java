package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crewtraining.readmodels.CompletionBasis;
import org.crewtraining.readmodels.EnrollmentAssessment;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentOutcome;
import org.crewtraining.readmodels.EnrollmentStanding;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.ParticipantProfile;
import org.crewtraining.readmodels.ProgramAdmission;
import org.crewtraining.readmodels.ProgramCatalogue;
import org.crewtraining.readmodels.ProgramDates;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ReportedEnrollmentStatus;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.RuleEvaluation;
import org.crewtraining.readmodels.SessionAttendance;

/**
 * How the folded states map to the program and enrollment rows and back: their columns, the
 * parameters an upsert binds (by position, in the order of the columns) and the states read from a
 * row.
 */
public final class ProjectionRows {

  /**
   * The program table's state columns, in the order {@link #bindProgram} binds them; its figure
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
          "status",
          "sessions",
          "admission");

  /**
   * The enrollment table's columns: the enrollment's state and what it counts for in the figures,
   * in one row, in the order {@link #bindEnrollment} binds them.
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
                  "certificate_id",
                  "completion_basis",
                  "rule_attended_minutes",
                  "rule_planned_minutes",
                  "rule_min_attended_percent",
                  "rule_required_sessions_missed",
                  "rule_assessment_passed",
                  "rule_version",
                  "attendance",
                  "assessment_passed",
                  "assessed_on",
                  "certificates"),
              EnrollmentFiguresColumns.NAMES.stream())
          .toList();

  private ProjectionRows() {}

  /** Binds a programme's state to the upsert's parameters, in the order of the columns. */
  static void bindProgram(PreparedStatement ps, ProgramState p) throws SQLException {
    ProgramCatalogue catalogue = p.catalogue();
    ps.setString(1, p.programId());
    ps.setBoolean(2, p.created());
    ps.setString(3, catalogue.title());
    ps.setObject(4, catalogue.partners().toArray(String[]::new));
    ps.setString(5, catalogue.format());
    ps.setString(6, catalogue.track());
    ps.setString(7, catalogue.audience());
    nullable(ps, 8, catalogue.cohortYear(), Types.INTEGER);
    nullable(ps, 9, catalogue.plannedHours(), Types.INTEGER);
    ps.setInt(10, p.capacity());
    nullable(ps, 11, p.dates().startDate(), Types.DATE);
    nullable(ps, 12, p.dates().endDate(), Types.DATE);
    ps.setString(13, p.status().name());
    MapColumns.bind(ps, 14, p.sessions());
    MapColumns.bindValue(ps, 15, p.admission());
  }

  /** Binds an enrollment's state and figures to the upsert's parameters, in column order. */
  static void bindEnrollment(PreparedStatement ps, EnrollmentState e) throws SQLException {
    EnrollmentStanding standing = e.standing();
    EnrollmentOutcome outcome = e.outcome();
    ps.setString(1, e.enrollmentId());
    ps.setString(2, e.programId());
    ps.setString(3, e.participantId());
    ps.setString(4, e.participant().participantType());
    ps.setString(5, e.participant().craft());
    ps.setString(6, standing.status().name());
    ps.setBoolean(7, standing.everConfirmed());
    ps.setBoolean(8, standing.promoted());
    ps.setDouble(9, e.hoursAttended());
    nullable(ps, 10, outcome.hoursCompleted(), Types.DOUBLE);
    nullable(ps, 11, outcome.completionDate(), Types.DATE);
    ps.setString(12, outcome.certificateId());
    ps.setString(13, outcome.basis() == null ? null : outcome.basis().name());
    RuleEvaluation rule = outcome.rule();
    nullable(ps, 14, rule == null ? null : rule.attendedMinutes(), Types.INTEGER);
    nullable(ps, 15, rule == null ? null : rule.plannedMinutes(), Types.INTEGER);
    nullable(ps, 16, rule == null ? null : rule.minAttendedPercent(), Types.INTEGER);
    nullable(ps, 17, rule == null ? null : rule.requiredSessionsMissed(), Types.INTEGER);
    nullable(ps, 18, rule == null ? null : rule.assessmentPassed(), Types.BOOLEAN);
    nullable(ps, 19, rule == null ? null : rule.ruleVersion(), Types.INTEGER);
    MapColumns.bind(ps, 20, e.attendance());
    nullable(ps, 21, e.assessment().passed(), Types.BOOLEAN);
    nullable(ps, 22, e.assessment().assessedOn(), Types.DATE);
    MapColumns.bind(ps, 23, e.certificates());
    EnrollmentFiguresColumns.bind(ps, 24, EnrollmentFigures.of(e));
  }

  /** A value of the given SQL type, or a NULL of that type. */
  private static void nullable(PreparedStatement ps, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else {
      ps.setObject(index, value, sqlType);
    }
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
        ReportedProgramStatus.valueOf(rs.getString("status")),
        MapColumns.read(rs, "sessions", MapColumns.SESSIONS),
        MapColumns.readValue(rs, "admission", ProgramAdmission.class));
  }

  /** One enrollment row, as stored by the projection and read back by the query API. */
  public static EnrollmentState enrollment(ResultSet rs) throws SQLException {
    String basis = rs.getString("completion_basis");
    Integer ruleVersion = rs.getObject("rule_version", Integer.class);
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
            rs.getString("certificate_id"),
            basis == null ? null : CompletionBasis.valueOf(basis),
            ruleVersion == null
                ? null
                : new RuleEvaluation(
                    rs.getInt("rule_attended_minutes"),
                    rs.getInt("rule_planned_minutes"),
                    rs.getInt("rule_min_attended_percent"),
                    rs.getInt("rule_required_sessions_missed"),
                    rs.getObject("rule_assessment_passed", Boolean.class),
                    ruleVersion)),
        MapColumns.read(rs, "attendance", MapColumns.ATTENDANCE),
        new EnrollmentAssessment(
            rs.getObject("assessment_passed", Boolean.class),
            rs.getObject("assessed_on", LocalDate.class)),
        MapColumns.read(rs, "certificates", MapColumns.CERTIFICATES));
  }

  /** The attendance entries of an enrollment row (or of a query naming the column alike). */
  public static Map<String, SessionAttendance> attendance(ResultSet rs) throws SQLException {
    return MapColumns.read(rs, "attendance", MapColumns.ATTENDANCE);
  }

  /**
   * An enrollment row as migration V3.1 found it (the columns of V1): the state it then stood for,
   * with none of the later groups.
   */
  static EnrollmentState enrollmentOfV1(ResultSet rs) throws SQLException {
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
            rs.getString("certificate_id"),
            null,
            null),
        Map.of(),
        EnrollmentAssessment.NONE,
        Map.of());
  }
}
