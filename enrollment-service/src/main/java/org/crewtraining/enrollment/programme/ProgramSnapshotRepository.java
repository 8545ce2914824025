package org.crewtraining.enrollment.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCreated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ProgramSnapshotRepository {

  /** The view's columns, for the enrollment feature's locking reads that add their own. */
  public static final String COLUMNS =
      "program_id, title, status, capacity, audience, track, start_date, end_date, updated_at";

  /** Explicit mapping: the reflective record mapper cost ~5 % of an enrolment's CPU. */
  public static final RowMapper<ProgramSnapshot> ROW =
      (rs, n) ->
          new ProgramSnapshot(
              rs.getString("program_id"),
              rs.getString("title"),
              ProgramSnapshotStatus.valueOf(rs.getString("status")),
              rs.getInt("capacity"),
              Audience.valueOf(rs.getString("audience")),
              CraftTrack.valueOf(rs.getString("track")),
              rs.getObject("start_date", LocalDate.class),
              rs.getObject("end_date", LocalDate.class),
              rs.getTimestamp("updated_at").toInstant());

  private final JdbcClient jdbc;

  ProgramSnapshotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProgramSnapshot> find(String programId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM program_view WHERE program_id = ?")
        .param(programId)
        .query(ROW)
        .optional();
  }

  /**
   * Reads the programme and holds its row lock until commit: every change to the programme's
   * enrollments takes this lock first, so seat counts and waitlist positions are computed by one
   * transaction at a time.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ProgramSnapshot> lock(String programId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM program_view WHERE program_id = ? FOR UPDATE")
        .param(programId)
        .query(ROW)
        .optional();
  }

  /** A redelivered creation with a new event id must not reset a view that has moved on. */
  void insertIfAbsent(ProgramCreated created, Instant at) {
    jdbc.sql(
            "INSERT INTO program_view ("
                + COLUMNS
                + ", partners) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (program_id) DO NOTHING")
        .params(
            created.getProgramId(),
            created.getTitle(),
            ProgramSnapshotStatus.DRAFT.name(),
            created.getCapacity(),
            created.getAudience().name(),
            created.getTrack().name(),
            created.getStartDate(),
            created.getEndDate(),
            Timestamp.from(at),
            created.getPartners().toArray(String[]::new))
        .update();
  }

  /**
   * The partner organisations running the programme (ProgramCreated): its certificates' issuers.
   */
  public List<String> partners(String programId) {
    return jdbc.sql("SELECT partners FROM program_view WHERE program_id = ?")
        .param(programId)
        .query((rs, n) -> List.of((String[]) rs.getArray("partners").getArray()))
        .optional()
        .orElse(List.of());
  }

  void updateStatus(String programId, ProgramSnapshotStatus status, Instant at) {
    jdbc.sql("UPDATE program_view SET status = ?, updated_at = ? WHERE program_id = ?")
        .params(status.name(), Timestamp.from(at), programId)
        .update();
  }

  void updateCapacity(String programId, int capacity, Instant at) {
    jdbc.sql("UPDATE program_view SET capacity = ?, updated_at = ? WHERE program_id = ?")
        .params(capacity, Timestamp.from(at), programId)
        .update();
  }

  void updateSchedule(String programId, LocalDate start, LocalDate end, Instant at) {
    jdbc.sql(
            "UPDATE program_view SET start_date = ?, end_date = ?, updated_at = ?"
                + " WHERE program_id = ?")
        .params(start, end, Timestamp.from(at), programId)
        .update();
  }
}
