package org.crewtraining.reporting.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentOutcome;
import org.crewtraining.readmodels.EnrollmentStanding;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ParticipantProfile;
import org.crewtraining.readmodels.ProgramCatalogue;
import org.crewtraining.readmodels.ProgramDates;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ReportedEnrollmentStatus;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.ReportingState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** JDBC access to the folded state; every method runs in the caller's transaction. */
@Repository
public class ProjectionStore {

  /** The program table's columns, each bound by a parameter of the same name. */
  private static final List<String> PROGRAM_COLUMNS =
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
  private static final List<String> ENROLLMENT_COLUMNS =
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

  private static final String UPSERT_PROGRAM = upsert("{program}", PROGRAM_COLUMNS);

  private static final String UPSERT_ENROLLMENT = upsert("{enrollment}", ENROLLMENT_COLUMNS);

  /** The tables of the generation being rebuilt next to the live one (see replay/). */
  public static final String NEXT_SUFFIX = "_next";

  private final JdbcTemplate jdbc;
  private final String suffix;

  /** The live read models. */
  @Autowired
  public ProjectionStore(JdbcTemplate jdbc) {
    this(jdbc, "");
  }

  /** The read models in the tables {@code program<suffix>}, ... */
  public ProjectionStore(JdbcTemplate jdbc, String suffix) {
    this.jdbc = jdbc;
    this.suffix = suffix;
  }

  /** The store of the generation a rebuild writes (tables {@code *_next}). */
  public static ProjectionStore next(JdbcTemplate jdbc) {
    return new ProjectionStore(jdbc, NEXT_SUFFIX);
  }

  private String sql(String template) {
    return template
        .replace("{program}", "program" + suffix)
        .replace("{enrollment}", "enrollment" + suffix)
        .replace("{projection_status}", "projection_status" + suffix);
  }

  /** Inserts a row or, on a conflict on its first column (the id), updates all the others. */
  private static String upsert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> ":" + c).toList())
        + ") ON CONFLICT ("
        + columns.get(0)
        + ") DO UPDATE SET "
        + String.join(", ", columns.stream().skip(1).map(c -> c + " = EXCLUDED." + c).toList());
  }

  /** Locks and loads the programmes a batch touches. */
  public Map<String, ProgramState> loadPrograms(Collection<String> programIds) {
    Map<String, ProgramState> programs = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {program} WHERE program_id = ANY(?) FOR UPDATE"),
        rs -> {
          ProgramState p = program(rs);
          programs.put(p.programId(), p);
        },
        (Object) programIds.toArray(String[]::new));
    return programs;
  }

  /** Locks and loads the enrollments a batch touches. */
  public Map<String, EnrollmentState> loadEnrollments(Collection<String> enrollmentIds) {
    Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {enrollment} WHERE enrollment_id = ANY(?) FOR UPDATE"),
        rs -> {
          EnrollmentState e = enrollment(rs);
          enrollments.put(e.enrollmentId(), e);
        },
        (Object) enrollmentIds.toArray(String[]::new));
    return enrollments;
  }

  public void upsertPrograms(List<ProgramState> programs) {
    new NamedParameterJdbcTemplate(jdbc)
        .batchUpdate(
            sql(UPSERT_PROGRAM),
            programs.stream()
                .map(ProjectionStore::programParameters)
                .toArray(SqlParameterSource[]::new));
  }

  private static SqlParameterSource programParameters(ProgramState p) {
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

  public void upsertEnrollments(List<EnrollmentState> enrollments) {
    new NamedParameterJdbcTemplate(jdbc)
        .batchUpdate(
            sql(UPSERT_ENROLLMENT),
            enrollments.stream()
                .map(ProjectionStore::enrollmentParameters)
                .toArray(SqlParameterSource[]::new));
  }

  private static SqlParameterSource enrollmentParameters(EnrollmentState e) {
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

  /**
   * Adds each change to its programme's stored totals, in one batch. The programmes must be stored
   * (the fold upserts a stub for an enrollment's unknown programme first).
   */
  public void addProgramFigures(Map<String, FigureTotals> changes) {
    int[] updated =
        new NamedParameterJdbcTemplate(jdbc)
            .batchUpdate(
                sql(FigureTotalsColumns.ADD_TO_PROGRAM),
                changes.entrySet().stream()
                    .map(
                        c ->
                            FigureTotalsColumns.addTo(
                                new MapSqlParameterSource("program_id", c.getKey()), c.getValue()))
                    .toArray(SqlParameterSource[]::new));
    for (int count : updated) {
      if (count == 0) {
        throw new IllegalStateException("figures changed for a programme not stored: " + changes);
      }
    }
  }

  /** The totals stored on each programme row, by programme id. */
  public Map<String, FigureTotals> loadProgramFigures() {
    Map<String, FigureTotals> figures = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {program}"),
        rs -> {
          figures.put(rs.getString("program_id"), FigureTotalsColumns.read(rs));
        });
    return figures;
  }

  public void recordApplied(int events, Instant newestEventAt) {
    jdbc.update(
        sql(
            "UPDATE {projection_status} SET events_applied = events_applied + ?,"
                + " last_applied_at = now(), last_event_at = GREATEST(last_event_at, ?) WHERE id = 1"),
        events,
        newestEventAt == null ? null : Timestamp.from(newestEventAt));
  }

  /** Time of the newest applied event, if any. */
  public Instant lastEventAt() {
    Timestamp at =
        jdbc.queryForObject(
            sql("SELECT last_event_at FROM {projection_status} WHERE id = 1"), Timestamp.class);
    return at == null ? null : at.toInstant();
  }

  /** The whole stored state, to compare with the fold of all events. */
  public ReportingState loadAll() {
    Map<String, ProgramState> programs = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {program}"),
        rs -> {
          ProgramState p = program(rs);
          programs.put(p.programId(), p);
        });
    Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {enrollment}"),
        rs -> {
          EnrollmentState e = enrollment(rs);
          enrollments.put(e.enrollmentId(), e);
        });
    return new ReportingState(programs, enrollments);
  }

  /** What each stored enrollment counts for, by enrollment id, as the queries sum it. */
  public Map<String, EnrollmentFigures> loadEnrollmentFigures() {
    Map<String, EnrollmentFigures> figures = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {enrollment}"),
        rs -> {
          figures.put(rs.getString("enrollment_id"), EnrollmentFiguresColumns.read(rs));
        });
    return figures;
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
