package org.crewtraining.reporting.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.FigureTotals;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The program table's figure columns (migration V5): the {@link FigureTotals} of the programme's
 * enrollments, moved by each batch's change and read back by the queries.
 */
public final class ProgramFiguresColumns {

  private static final List<String> NAMES =
      List.of(
          "enrolled",
          "confirmed",
          "waitlisted",
          "withdrawn",
          "cancelled",
          "completed",
          "not_completed",
          "promoted_from_waitlist",
          "training_hours");

  /** Adds a change to one programme's totals; {@code {program}} is the generation's table. */
  static final String ADD =
      "UPDATE {program} SET "
          + NAMES.stream().map(n -> n + " = " + n + " + :" + n).collect(Collectors.joining(", "))
          + " WHERE program_id = :program_id";

  private ProgramFiguresColumns() {}

  static SqlParameterSource change(String programId, FigureTotals change) {
    return new MapSqlParameterSource()
        .addValue("program_id", programId)
        .addValue("enrolled", change.enrolled())
        .addValue("confirmed", change.confirmed())
        .addValue("waitlisted", change.waitlisted())
        .addValue("withdrawn", change.withdrawn())
        .addValue("cancelled", change.cancelled())
        .addValue("completed", change.completed())
        .addValue("not_completed", change.notCompleted())
        .addValue("promoted_from_waitlist", change.promotedFromWaitlist())
        .addValue("training_hours", change.trainingHours());
  }

  /** The totals stored on a programme row. */
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
        rs.getBigDecimal("training_hours"));
  }
}
