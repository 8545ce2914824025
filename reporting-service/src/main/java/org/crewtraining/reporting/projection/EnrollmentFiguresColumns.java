package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.EnrollmentFigures;

/**
 * The enrollment table's figure columns (migration V3): how the fold's {@link EnrollmentFigures}
 * are written next to the enrollment's state and read back. Queries sum these columns.
 */
final class EnrollmentFiguresColumns {

  /** Column names, in the order {@link #bind} sets them. */
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
          "crew_member");

  private EnrollmentFiguresColumns() {}

  /** {@code name, name, ...}. */
  static String list() {
    return String.join(", ", NAMES);
  }

  /** One {@code ?} per column. */
  static String placeholders() {
    return NAMES.stream().map(n -> "?").collect(Collectors.joining(", "));
  }

  /** {@code name = EXCLUDED.name, ...}, for an upsert. */
  static String fromExcluded() {
    return NAMES.stream().map(n -> n + " = EXCLUDED." + n).collect(Collectors.joining(", "));
  }

  /** {@code name = ?, ...}, for an update. */
  static String assignments() {
    return NAMES.stream().map(n -> n + " = ?").collect(Collectors.joining(", "));
  }

  /** Sets the figures as the parameters from index {@code first} on; returns the next index. */
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
        rs.getString("crew_member"));
  }
}
