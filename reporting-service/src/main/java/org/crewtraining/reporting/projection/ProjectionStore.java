package org.crewtraining.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.ApplicationState;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ProgramState;
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

  private static final String UPSERT_PROGRAM = upsert("{program}", ProjectionRows.PROGRAM_COLUMNS);

  private static final String UPSERT_ENROLLMENT =
      upsert("{enrollment}", ProjectionRows.ENROLLMENT_COLUMNS);

  private static final String UPSERT_APPLICATION = upsert("{application}", ApplicationRows.COLUMNS);

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
        .replace("{application}", "application" + suffix)
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
          ProgramState p = ProjectionRows.program(rs);
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
          EnrollmentState e = ProjectionRows.enrollment(rs);
          enrollments.put(e.enrollmentId(), e);
        },
        (Object) enrollmentIds.toArray(String[]::new));
    return enrollments;
  }

  /** Locks and loads the applications a batch touches. */
  public Map<String, ApplicationState> loadApplications(Collection<String> applicationIds) {
    Map<String, ApplicationState> applications = new LinkedHashMap<>();
    if (applicationIds.isEmpty()) {
      return applications;
    }
    jdbc.query(
        sql("SELECT * FROM {application} WHERE application_id = ANY(?) FOR UPDATE"),
        rs -> {
          ApplicationState a = ApplicationRows.application(rs);
          applications.put(a.applicationId(), a);
        },
        (Object) applicationIds.toArray(String[]::new));
    return applications;
  }

  /** Upserts the rows in one JDBC batch, bound by position. */
  public void upsertApplications(List<ApplicationState> applications) {
    if (!applications.isEmpty()) {
      jdbc.batchUpdate(
          sql(UPSERT_APPLICATION), applications, applications.size(), ApplicationRows::bind);
    }
  }

  /** Upserts the rows in one JDBC batch, bound by position (no per-row parameter maps). */
  public void upsertPrograms(List<ProgramState> programs) {
    if (!programs.isEmpty()) {
      jdbc.batchUpdate(sql(UPSERT_PROGRAM), programs, programs.size(), ProjectionRows::bindProgram);
    }
  }

  /** Upserts the rows in one JDBC batch, bound by position (no per-row parameter maps). */
  public void upsertEnrollments(List<EnrollmentState> enrollments) {
    if (!enrollments.isEmpty()) {
      jdbc.batchUpdate(
          sql(UPSERT_ENROLLMENT), enrollments, enrollments.size(), ProjectionRows::bindEnrollment);
    }
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
          ProgramState p = ProjectionRows.program(rs);
          programs.put(p.programId(), p);
        });
    Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {enrollment}"),
        rs -> {
          EnrollmentState e = ProjectionRows.enrollment(rs);
          enrollments.put(e.enrollmentId(), e);
        });
    Map<String, ApplicationState> applications = new LinkedHashMap<>();
    jdbc.query(
        sql("SELECT * FROM {application}"),
        rs -> {
          ApplicationState a = ApplicationRows.application(rs);
          applications.put(a.applicationId(), a);
        });
    return new ReportingState(programs, enrollments, applications);
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
}
