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

  /** Every column, each bound by a parameter of the same name (see {@link #parameters}). */
  private static final List<String> COLUMNS =
      List.of(
          "program_id",
          "title",
          "partners",
          "format",
          "track",
          "audience",
          "capacity",
          "admission_mode",
          "start_date",
          "end_date",
          "delivery_mode",
          "cohort_year",
          "location",
          "planned_hours",
          "instruction_language",
          "status",
          "cancel_reason_code",
          "cancel_note",
          "schedule_change_reason_code",
          "schedule_change_note",
          "version",
          "created_at",
          "updated_at");

  /** What a change may write: everything but the offering, the delivery and the creation time. */
  private static final List<String> CHANGEABLE =
      List.of(
          "capacity",
          "admission_mode",
          "start_date",
          "end_date",
          "status",
          "cancel_reason_code",
          "cancel_note",
          "schedule_change_reason_code",
          "schedule_change_note",
          "version",
          "updated_at");

  private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM program";

  private static final String INSERT =
      "INSERT INTO program ("
          + String.join(", ", COLUMNS)
          + ") VALUES ("
          + String.join(", ", COLUMNS.stream().map(c -> ":" + c).toList())
          + ")";

  private static final String UPDATE =
      "UPDATE program SET "
          + String.join(", ", CHANGEABLE.stream().map(c -> c + " = :" + c).toList())
          + " WHERE program_id = :program_id AND version = :expected_version";

  private static final RowMapper<Program> ROW = ProgramStore::map;

  private final JdbcClient jdbc;

  public ProgramStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Program p) {
    jdbc.sql(INSERT).params(parameters(p)).update();
  }

  /**
   * Writes a changed programme if nobody changed it since {@code expectedVersion}. Callers hold the
   * row lock from {@link #lock}, so this only fails on a programming error.
   */
  public void update(Program p, long expectedVersion) {
    Map<String, Object> params = parameters(p);
    params.put("expected_version", expectedVersion);
    int updated = jdbc.sql(UPDATE).params(params).update();
    if (updated != 1) {
      throw new IllegalStateException("Programme " + p.programId() + " changed concurrently");
    }
  }

  public Optional<Program> find(String programId) {
    return jdbc.sql(SELECT + " WHERE program_id = ?").param(programId).query(ROW).optional();
  }

  /** Reads the programme and locks its row until the transaction ends. */
  public Optional<Program> lock(String programId) {
    return jdbc.sql(SELECT + " WHERE program_id = ? FOR UPDATE")
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
        jdbc.sql(SELECT + where + " ORDER BY created_at, program_id LIMIT :limit OFFSET :offset")
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

  /** One parameter per column, named as the column, group by group. */
  private static Map<String, Object> parameters(Program p) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("program_id", p.programId());
    Offering offering = p.offering();
    params.put("title", offering.title());
    params.put("partners", offering.partners().toArray(String[]::new));
    params.put("format", offering.format().name());
    params.put("track", offering.track().name());
    params.put("audience", offering.audience().name());
    params.put("capacity", p.capacity());
    params.put("admission_mode", p.admissionMode().name());
    params.put("start_date", p.dates().startDate());
    params.put("end_date", p.dates().endDate());
    Delivery delivery = p.delivery();
    params.put("delivery_mode", delivery.deliveryMode().name());
    params.put("cohort_year", delivery.cohortYear());
    params.put("location", delivery.location());
    params.put("planned_hours", delivery.plannedHours());
    params.put("instruction_language", delivery.instructionLanguage());
    Standing standing = p.standing();
    params.put("status", standing.status().name());
    reason(params, "cancel_reason_code", "cancel_note", standing.cancellation());
    reason(
        params, "schedule_change_reason_code", "schedule_change_note", standing.scheduleChange());
    params.put("version", p.revision().version());
    params.put("created_at", Timestamp.from(p.revision().createdAt()));
    params.put("updated_at", Timestamp.from(p.revision().updatedAt()));
    return params;
  }

  private static void reason(
      Map<String, Object> params, String codeColumn, String noteColumn, Reason<?> reason) {
    params.put(codeColumn, reason == null ? null : reason.reasonCode().name());
    params.put(noteColumn, reason == null ? null : reason.note());
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
        new Offering(
            rs.getString("title"),
            Arrays.asList((String[]) partners.getArray()),
            ProgramFormat.valueOf(rs.getString("format")),
            CraftTrack.valueOf(rs.getString("track")),
            Audience.valueOf(rs.getString("audience"))),
        rs.getInt("capacity"),
        AdmissionMode.valueOf(rs.getString("admission_mode")),
        // LocalDate, not java.sql.Date: exact for every date, whatever the JVM's zone or calendar.
        new Dates(
            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)),
        new Delivery(
            DeliveryMode.valueOf(rs.getString("delivery_mode")),
            rs.getInt("cohort_year"),
            rs.getString("location"),
            rs.getObject("planned_hours", Integer.class),
            rs.getString("instruction_language")),
        new Standing(
            ProgramStatus.valueOf(rs.getString("status")),
            reason(rs, "cancel_reason_code", "cancel_note", ProgramCancellationReason.class),
            reason(
                rs,
                "schedule_change_reason_code",
                "schedule_change_note",
                ScheduleChangeReason.class)),
        new Revision(
            rs.getLong("version"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant()));
  }
}
