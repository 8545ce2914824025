package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.FigureTotals;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The enrollment table's figure columns (migrations V3, V7): how the fold's {@link
 * EnrollmentFigures} are written next to the enrollment's state and read back. Queries sum these
 * columns.
 */
final class EnrollmentFiguresColumns {

  /**
   * Column names, in the order {@link #bind} binds them; {@link #addTo} names each parameter like
   * its column.
   */
  static final List<String> NAMES =
      Stream.concat(FigureTotalsColumns.NAMES.stream(), Stream.of("crew_member")).toList();

  private EnrollmentFiguresColumns() {}

  /** {@code name = :name, ...}, for an update. */
  static String assignments() {
    return NAMES.stream().map(n -> n + " = :" + n).collect(Collectors.joining(", "));
  }

  /** Adds the figures as parameters named like their columns. */
  static MapSqlParameterSource addTo(MapSqlParameterSource parameters, EnrollmentFigures f) {
    return FigureTotalsColumns.addTo(parameters, FigureTotals.of(f))
        .addValue("crew_member", f.crewMember());
  }

  /**
   * Binds the figures to the parameters from {@code first} on, in the order of {@link #NAMES};
   * returns the index of the next parameter.
   */
  static int bind(PreparedStatement ps, int first, EnrollmentFigures f) throws SQLException {
    int i = first;
    ps.setInt(i++, f.enrolled());
    ps.setInt(i++, f.confirmed());
    ps.setInt(i++, f.waitlisted());
    ps.setInt(i++, f.withdrawn());
    ps.setInt(i++, f.cancelled());
    ps.setInt(i++, f.completed());
    ps.setInt(i++, f.notCompleted());
    ps.setInt(i++, f.promotedFromWaitlist());
    ps.setDouble(i++, f.trainingHours());
    ps.setInt(i++, f.completionsByRule());
    ps.setInt(i++, f.completionsOverridden());
    ps.setInt(i++, f.completionsManual());
    ps.setInt(i++, f.certificatesIssued());
    ps.setInt(i++, f.certificatesRevoked());
    ps.setString(i++, f.crewMember());
    return i;
  }

  static EnrollmentFigures read(ResultSet rs) throws SQLException {
    return new EnrollmentFigures(
        rs.getInt("enrolled"),
        rs.getInt("confirmed"),
        rs.getInt("waitlisted"),
        rs.getInt("withdrawn"),
        rs.getInt("cancelled"),
        rs.getInt("completed"),
        rs.getInt("not_completed"),
        rs.getInt("promoted_from_waitlist"),
        rs.getDouble("training_hours"),
        rs.getString("crew_member"),
        rs.getInt("completions_by_rule"),
        rs.getInt("completions_overridden"),
        rs.getInt("completions_manual"),
        rs.getInt("certificates_issued"),
        rs.getInt("certificates_revoked"));
  }
}
