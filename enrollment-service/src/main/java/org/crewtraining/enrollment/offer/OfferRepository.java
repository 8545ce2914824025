package org.crewtraining.enrollment.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.selection.SelectionPolicy;
import org.crewtraining.events.common.CraftTrack;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The offer and reserve columns of applications. Writers hold the programme's row lock, so the
 * statuses they read are the statuses they change; every change bumps the row's version, which the
 * selection's input digest covers.
 */
@Repository
class OfferRepository {

  private static final String COLUMNS =
      "application_id, program_id, participant_id, participant_type, craft, status, score,"
          + " submitted_at, selection_id, offer_expires_at, offer_code, answered_at,"
          + " enrollment_id";

  private static final RowMapper<OfferRow> ROW =
      (rs, n) ->
          new OfferRow(
              rs.getString("application_id"),
              rs.getString("program_id"),
              rs.getString("participant_id"),
              ParticipantType.valueOf(rs.getString("participant_type")),
              CraftTrack.valueOf(rs.getString("craft")),
              rs.getString("status"),
              rs.getObject("score", Integer.class),
              rs.getTimestamp("submitted_at").toInstant(),
              rs.getString("selection_id"),
              instant(rs.getTimestamp("offer_expires_at")),
              rs.getString("offer_code"),
              instant(rs.getTimestamp("answered_at")),
              rs.getString("enrollment_id"));

  private final JdbcClient jdbc;

  OfferRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OfferRow> find(String applicationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE application_id = ?")
        .param(applicationId)
        .query(ROW)
        .optional();
  }

  /** The shortlisted applications of a programme, the selection's input. */
  List<ShortlistedRow> shortlisted(String programId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", version FROM application WHERE program_id = ? AND status = 'SHORTLISTED'"
                + " ORDER BY application_id")
        .param(programId)
        .query((rs, n) -> new ShortlistedRow(ROW.mapRow(rs, n), rs.getInt("version")))
        .list();
  }

  /** The reserve still waiting, in reserve order. */
  List<OfferRow> reserve(String programId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM application WHERE program_id = ? AND status = 'RESERVE'"
                + " ORDER BY reserve_rank")
        .param(programId)
        .query(ROW)
        .list();
  }

  /**
   * Who holds a seat or is about to: every confirmed enrolment of the programme and every
   * outstanding offer.
   */
  List<SelectionPolicy.Holder> holders(String programId) {
    return jdbc.sql(
            "SELECT p.participant_type, p.craft FROM enrollment e"
                + " JOIN participant p ON p.participant_id = e.participant_id"
                + " WHERE e.program_id = ? AND e.status = 'CONFIRMED'"
                + " UNION ALL SELECT participant_type, craft FROM application"
                + " WHERE program_id = ? AND status = 'OFFERED'")
        .params(programId, programId)
        .query(
            (rs, n) ->
                new SelectionPolicy.Holder(
                    ParticipantType.valueOf(rs.getString(1)), CraftTrack.valueOf(rs.getString(2))))
        .list();
  }

  /** Outstanding offers of the programme past their deadline. */
  List<OfferRow> expired(String programId, Instant now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM application WHERE program_id = ? AND status = 'OFFERED'"
                + " AND offer_expires_at < ? ORDER BY offer_expires_at, application_id")
        .params(programId, Timestamp.from(now))
        .query(ROW)
        .list();
  }

  /**
   * One programme with offers past their deadline whose row nobody else holds, locked: two
   * instances of the expiry job never work on the same programme (SKIP LOCKED), and an acceptance
   * in flight is waited for by the next run, not blocked on.
   */
  Optional<String> lockProgrammeWithExpiredOffers(Instant now) {
    return jdbc.sql(
            "SELECT v.program_id FROM program_view v WHERE v.program_id IN"
                + " (SELECT program_id FROM application WHERE status = 'OFFERED'"
                + " AND offer_expires_at < ?) LIMIT 1 FOR UPDATE OF v SKIP LOCKED")
        .param(Timestamp.from(now))
        .query(String.class)
        .optional();
  }

  /** SHORTLISTED or RESERVE → OFFERED; an application is offered a seat at most once. */
  void offer(
      String applicationId, String selectionId, Instant at, Instant expiresAt, String offerCode) {
    change(
        "UPDATE application SET status = 'OFFERED', selection_id = ?, reserve_rank = NULL,"
            + " offered_at = ?, offer_expires_at = ?, offer_code = ?, version = version + 1"
            + " WHERE application_id = ? AND status IN ('SHORTLISTED', 'RESERVE')"
            + " AND offered_at IS NULL",
        selectionId,
        Timestamp.from(at),
        Timestamp.from(expiresAt),
        offerCode,
        applicationId);
  }

  void reserve(String applicationId, String selectionId, int rank) {
    change(
        "UPDATE application SET status = 'RESERVE', selection_id = ?, reserve_rank = ?,"
            + " version = version + 1 WHERE application_id = ? AND status = 'SHORTLISTED'",
        selectionId,
        rank,
        applicationId);
  }

  void accept(String applicationId, String enrollmentId, Instant at) {
    change(
        "UPDATE application SET status = 'ACCEPTED', enrollment_id = ?, answered_at = ?,"
            + " version = version + 1 WHERE application_id = ? AND status = 'OFFERED'",
        enrollmentId,
        Timestamp.from(at),
        applicationId);
  }

  /**
   * @param status DECLINED or EXPIRED
   */
  void release(String applicationId, String status, Instant at) {
    change(
        "UPDATE application SET status = ?, answered_at = ?, version = version + 1"
            + " WHERE application_id = ? AND status = 'OFFERED'",
        status,
        Timestamp.from(at),
        applicationId);
  }

  /** Writers hold the programme lock: a row not in the expected status is a bug, not a race. */
  private void change(String sql, Object... params) {
    int changed = jdbc.sql(sql).params(params).update();
    if (changed != 1) {
      throw new IllegalStateException("Expected to change 1 application but changed " + changed);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** A shortlisted application with its version, for the selection's input digest. */
  record ShortlistedRow(OfferRow row, int version) {}
}
