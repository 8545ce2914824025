package org.crewtraining.reporting.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.FigureTotals;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The summable figure columns, named alike on enrollment rows (what one enrollment counts for,
 * migration V3, V7) and on programme rows (the totals of its enrollments, V5, V7, moved by each
 * batch's change): how {@link FigureTotals} are bound and read back, also from sums by these names.
 */
public final class FigureTotalsColumns {

  /** Column names; {@link #addTo} names each parameter like its column. */
  static final List<String> NAMES =
      List.of(
          "enrolled",
          "confirmed",
          "waitlisted",
          "withdrawn",
          "cancelled",
          "completed",
          "not_completed",
          "promoted_from_waitlist",
          "training_hours",
          "completions_by_rule",
          "completions_overridden",
          "completions_manual",
          "certificates_issued",
          "certificates_revoked");

  /** Adds a change to one programme's totals; {@code {program}} is the generation's table. */
  static final String ADD_TO_PROGRAM =
      "UPDATE {program} SET "
          + NAMES.stream().map(n -> n + " = " + n + " + :" + n).collect(Collectors.joining(", "))
          + " WHERE program_id = :program_id";

  private FigureTotalsColumns() {}

  /** Adds the totals as parameters named like their columns. */
  static MapSqlParameterSource addTo(MapSqlParameterSource parameters, FigureTotals t) {
    return parameters
        .addValue("enrolled", t.enrolled())
        .addValue("confirmed", t.confirmed())
        .addValue("waitlisted", t.waitlisted())
        .addValue("withdrawn", t.withdrawn())
        .addValue("cancelled", t.cancelled())
        .addValue("completed", t.completed())
        .addValue("not_completed", t.notCompleted())
        .addValue("promoted_from_waitlist", t.promotedFromWaitlist())
        .addValue("training_hours", t.trainingHours())
        .addValue("completions_by_rule", t.completionsByRule())
        .addValue("completions_overridden", t.completionsOverridden())
        .addValue("completions_manual", t.completionsManual())
        .addValue("certificates_issued", t.certificatesIssued())
        .addValue("certificates_revoked", t.certificatesRevoked());
  }

  /** The totals in the columns (or sums) of these names. */
  public static FigureTotals read(ResultSet rs) throws SQLException {
    return new FigureTotals(
        rs.getLong("enrolled"),
        rs.getLong("confirmed"),
        rs.getLong("waitlisted"),
        rs.getLong("withdrawn"),
        rs.getLong("cancelled"),
        rs.getLong("completed"),
        rs.getLong("not_completed"),
        rs.getLong("promoted_from_waitlist"),
        rs.getBigDecimal("training_hours"),
        rs.getLong("completions_by_rule"),
        rs.getLong("completions_overridden"),
        rs.getLong("completions_manual"),
        rs.getLong("certificates_issued"),
        rs.getLong("certificates_revoked"));
  }
}
