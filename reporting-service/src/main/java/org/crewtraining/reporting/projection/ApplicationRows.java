package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.crewtraining.readmodels.ApplicationOffer;
import org.crewtraining.readmodels.ApplicationPlacement;
import org.crewtraining.readmodels.ApplicationReview;
import org.crewtraining.readmodels.ApplicationState;

/**
 * How a folded application maps to its row of the application table (migration V8) and back: its
 * columns, the parameters an upsert binds (by position, in column order) and the state read from a
 * row.
 */
public final class ApplicationRows {

  static final List<String> COLUMNS =
      List.of(
          "application_id",
          "program_id",
          "participant_id",
          "participant_type",
          "craft",
          "submitted_at",
          "withdrawn",
          "review_decision",
          "review_score",
          "review_reason",
          "selection_id",
          "placement",
          "reserve_rank",
          "offer_basis",
          "offered_at",
          "offer_expires_at",
          "offer_release",
          "released_at",
          "enrollment_id",
          "accepted_at");

  private ApplicationRows() {}

  static void bind(PreparedStatement ps, ApplicationState a) throws SQLException {
    ApplicationReview review = a.review();
    ApplicationPlacement placement = a.placement();
    ApplicationOffer offer = a.offer();
    ps.setString(1, a.applicationId());
    ps.setString(2, a.programId());
    ps.setString(3, a.participantId());
    ps.setString(4, a.participantType());
    ps.setString(5, a.craft());
    instant(ps, 6, a.submittedAt());
    ps.setBoolean(7, a.withdrawn());
    ps.setString(8, review.decision());
    integer(ps, 9, review.score());
    ps.setString(10, review.reasonCode());
    ps.setString(11, placement.selectionId());
    ps.setString(12, placement.placement());
    integer(ps, 13, placement.reserveRank());
    ps.setString(14, offer.basis());
    instant(ps, 15, offer.offeredAt());
    instant(ps, 16, offer.expiresAt());
    ps.setString(17, offer.release());
    instant(ps, 18, offer.releasedAt());
    ps.setString(19, offer.enrollmentId());
    instant(ps, 20, offer.acceptedAt());
  }

  /** One application row, as stored by the projection and read back by the queries. */
  public static ApplicationState application(ResultSet rs) throws SQLException {
    return new ApplicationState(
        rs.getString("application_id"),
        rs.getString("program_id"),
        rs.getString("participant_id"),
        rs.getString("participant_type"),
        rs.getString("craft"),
        instant(rs, "submitted_at"),
        rs.getBoolean("withdrawn"),
        new ApplicationReview(
            rs.getString("review_decision"),
            rs.getObject("review_score", Integer.class),
            rs.getString("review_reason")),
        new ApplicationPlacement(
            rs.getString("selection_id"),
            rs.getString("placement"),
            rs.getObject("reserve_rank", Integer.class)),
        new ApplicationOffer(
            rs.getString("offer_basis"),
            instant(rs, "offered_at"),
            instant(rs, "offer_expires_at"),
            rs.getString("offer_release"),
            instant(rs, "released_at"),
            rs.getString("enrollment_id"),
            instant(rs, "accepted_at")));
  }

  private static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(index, Timestamp.from(value));
    }
  }

  private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
