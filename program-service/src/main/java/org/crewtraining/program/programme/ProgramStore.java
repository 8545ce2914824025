package org.crewtraining.program.programme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme rows in PostgreSQL. Writers must run inside the caller's transaction. */
@Repository
public class ProgramStore {

  private static final String COLUMNS =
      "program_id, title, partners, format, track, audience, capacity, start_date, end_date,"
          + " delivery_mode, cohort_year, location, planned_hours, instruction_language, status,"
          + " cancel_reason_code, cancel_note, schedule_change_reason_code, schedule_change_note,"
          + " version, created_at, updated_at";

  private static final RowMapper<Program> ROW = ProgramStore::map;

  private final JdbcClient jdbc;

  public ProgramStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Program p) {
    jdbc.sql(
            "INSERT INTO program ("
                + COLUMNS
                + ") VALUES (:id, :title, :partners, :format, :track, :audience, :capacity,"
                + " :start, :end, :mode, :year, :location, :hours, :language, :status,"
                + " :cancelCode, :cancelNote, :scheduleCode, :scheduleNote,"
                + " :version, :created, :updated)")
        .params(parameters(p))
        .update();
  }

  /**
   * Writes a changed programme if nobody changed it since {@code expectedVersion}. Callers hold the
   * row lock from {@link #lock}, so this only fails on a programming error.
   */
  public void update(Program p, long expectedVersion) {
    Map<String, Object> params = parameters(p);
    params.put("expected", expectedVersion);
    int updated =
        jdbc.sql(
                "UPDATE program SET capacity = :capacity, start_date = :start, end_date = :end,"
                    + " status = :status, cancel_reason_code = :cancelCode,"
                    + " cancel_note = :cancelNote, schedule_change_reason_code = :scheduleCode,"
                    + " schedule_change_note = :scheduleNote, version = :version,"
                    + " updated_at = :updated WHERE program_id = :id AND version = :expected")
            .params(params)
            .update();
    if (updated != 1) {
      throw new IllegalStateException("Programme " + p.programId() + " changed concurrently");
    }
  }

  public Optional<Program> find(String programId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE program_id = ?")
        .param(programId)
        .query(ROW)
        .optional();
  }

  /** Reads the programme and locks its row until the transaction ends. */
  public Optional<Program> lock(String programId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE program_id = ? FOR UPDATE")
        .param(programId)
        .query(ROW)
        .optional();
  }

  /** Oldest first, ties broken by id, so paging is stable while new programmes arrive. */
  public ProgramSlice search(ProgramFilter filter, int page, int size) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    condition(conditions, params, "status = :status", "status", name(filter.status()));
    condition(
        conditions,
        params,
        "partners @> ARRAY[CAST(:partner AS text)]",
        "partner",
        filter.partner());
    condition(conditions, params, "format = :format", "format", name(filter.format()));
    condition(conditions, params, "track = :track", "track", name(filter.track()));
    condition(conditions, params, "cohort_year = :year", "year", filter.cohortYear());
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

    long total =
        jdbc.sql("SELECT count(*) FROM program" + where).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Program> items =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM program"
                    + where
                    + " ORDER BY created_at, program_id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(ROW)
            .list();
    return new ProgramSlice(items, total);
  }

  private static void condition(
      List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.put(name, value);
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Map<String, Object> parameters(Program p) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", p.programId());
    params.put("title", p.title());
    params.put("partners", p.partners().toArray(String[]::new));
    params.put("format", p.format().name());
    params.put("track", p.track().name());
    params.put("audience", p.audience().name());
    params.put("capacity", p.capacity());
    params.put("start", p.startDate());
    params.put("end", p.endDate());
    params.put("mode", p.deliveryMode().name());
    params.put("year", p.cohortYear());
    params.put("location", p.location());
    params.put("hours", p.plannedHours());
    params.put("language", p.instructionLanguage());
    params.put("status", p.status().name());
    params.put(
        "cancelCode", p.cancellation() == null ? null : p.cancellation().reasonCode().name());
    params.put("cancelNote", p.cancellation() == null ? null : p.cancellation().note());
    params.put(
        "scheduleCode", p.scheduleChange() == null ? null : p.scheduleChange().reasonCode().name());
    params.put("scheduleNote", p.scheduleChange() == null ? null : p.scheduleChange().note());
    params.put("version", p.version());
    params.put("created", Timestamp.from(p.createdAt()));
    params.put("updated", Timestamp.from(p.updatedAt()));
    return params;
  }

  private static <C extends Enum<C>> Reason<C> reason(
      ResultSet rs, String codeColumn, String noteColumn, Class<C> codes) throws SQLException {
    String code = rs.getString(codeColumn);
    return code == null ? null : new Reason<>(Enum.valueOf(codes, code), rs.getString(noteColumn));
  }

  private static Program map(ResultSet rs, int row) throws SQLException {
    Array partners = rs.getArray("partners");
    return new Program(
        rs.getString("program_id"),
        rs.getString("title"),
        Arrays.asList((String[]) partners.getArray()),
        ProgramFormat.valueOf(rs.getString("format")),
        CraftTrack.valueOf(rs.getString("track")),
        Audience.valueOf(rs.getString("audience")),
        rs.getInt("capacity"),
        // LocalDate, not java.sql.Date: exact for every date, whatever the JVM's zone or calendar.
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        DeliveryMode.valueOf(rs.getString("delivery_mode")),
        rs.getInt("cohort_year"),
        rs.getString("location"),
        rs.getObject("planned_hours", Integer.class),
        rs.getString("instruction_language"),
        ProgramStatus.valueOf(rs.getString("status")),
        reason(rs, "cancel_reason_code", "cancel_note", ProgramCancellationReason.class),
        reason(
            rs, "schedule_change_reason_code", "schedule_change_note", ScheduleChangeReason.class),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
