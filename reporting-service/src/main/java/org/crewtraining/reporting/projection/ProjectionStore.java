package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
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
import org.crewtraining.readmodels.ParticipantProfile;
import org.crewtraining.readmodels.ProgramCatalogue;
import org.crewtraining.readmodels.ProgramDates;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ReportedEnrollmentStatus;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.ReportingState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** JDBC access to the folded state; every method runs in the caller's transaction. */
@Repository
public class ProjectionStore {

  /** The program table's columns, in the order {@link #bindProgram} binds them. */
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
   * in one row, in the order {@link #bindEnrollment} binds them.
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
        + String.join(", ", columns.stream().map(c -> "?").toList())
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

  /** Upserts the rows in one JDBC batch, bound by position (no per-row parameter maps). */
  public void upsertPrograms(List<ProgramState> programs) {
    if (!programs.isEmpty()) {
      jdbc.batchUpdate(
          sql(UPSERT_PROGRAM), programs, programs.size(), ProjectionStore::bindProgram);
    }
  }

  private static void bindProgram(PreparedStatement ps, ProgramState p) throws SQLException {
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
  }

  /** Upserts the rows in one JDBC batch, bound by position (no per-row parameter maps). */
  public void upsertEnrollments(List<EnrollmentState> enrollments) {
    if (!enrollments.isEmpty()) {
      jdbc.batchUpdate(
          sql(UPSERT_ENROLLMENT), enrollments, enrollments.size(), ProjectionStore::bindEnrollment);
    }
  }

  private static void bindEnrollment(PreparedStatement ps, EnrollmentState e) throws SQLException {
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
    EnrollmentFiguresColumns.bind(ps, 13, EnrollmentFigures.of(e));
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
