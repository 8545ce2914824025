package org.crewtraining.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.ProgramAttendance;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.SessionAttendance;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance from the folded tables: the programmes' sessions and the enrollments' entries, loaded
 * as stored and counted by {@link ProgramAttendance} as the fold's read models count them. Which
 * entries count depends on the sessions (a cancellation changes it without touching an enrollment),
 * so the rate is not a stored figure and nothing is counted in SQL.
 */
@Repository
public class AttendanceQueries {

  private final NamedParameterJdbcTemplate jdbc;

  public AttendanceQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One programme's attendance: its sessions and its enrollments' entries, counted by {@link
   * ProgramAttendance} (which entries count depends on the sessions, so nothing is summed in SQL).
   */
  /** One programme of every partner's (the service itself, tests). */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProgramAttendance> attendance(String programId) {
    return attendance(programId, PartnerScope.UNRESTRICTED);
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProgramAttendance> attendance(String programId, PartnerScope scope) {
    Optional<ProgramState> program = StoredProgram.find(jdbc, programId, scope);
    return program.map(
        p ->
            ProgramAttendance.ofEntries(
                p,
                jdbc.query(
                    "SELECT attendance FROM enrollment"
                        + " WHERE program_id = :id AND attendance <> '{}'::jsonb",
                    Map.of("id", programId),
                    (rs, n) -> ProjectionRows.attendance(rs))));
  }

  /**
   * Attendance over every programme visible in the scope, ordered by programme id (sessions and
   * entries of one snapshot).
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AttendanceOverview attendance(PartnerScope scope) {
    FilterConditions visible = new FilterConditions().visibleTo(scope);
    Map<String, List<Map<String, SessionAttendance>>> entries = new HashMap<>();
    jdbc.query(
        "SELECT e.program_id, e.attendance FROM enrollment e"
            + " LEFT JOIN program p ON p.program_id = e.program_id"
            + visible.where()
            + " AND e.attendance <> '{}'::jsonb",
        visible.params(),
        (RowCallbackHandler)
            rs ->
                entries
                    .computeIfAbsent(rs.getString("program_id"), id -> new ArrayList<>())
                    .add(ProjectionRows.attendance(rs)));
    List<ProgramAttendance> programmes =
        jdbc.query(
            "SELECT * FROM program p" + visible.where() + " ORDER BY p.program_id COLLATE \"C\"",
            visible.params(),
            (rs, n) -> {
              ProgramState p = ProjectionRows.program(rs);
              return ProgramAttendance.ofEntries(p, entries.getOrDefault(p.programId(), List.of()));
            });
    return AttendanceOverview.of(programmes);
  }
}
