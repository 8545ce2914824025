package org.crewtraining.reporting.projection;

import java.util.List;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: fills the figure columns that V3 added to the enrollments already stored,
 * with the fold's own {@link EnrollmentFigures#of} rather than a copy of its rules in SQL. Spring
 * Boot hands every {@link JavaMigration} bean to Flyway, which runs it between V3 and later
 * versions, in its own transaction. It is history: it reads and writes only the columns there were
 * at V3 (later figures are filled by their own migrations, e.g. {@link CompletionBasisMigration}).
 */
@Component
public class EnrollmentFiguresMigration implements JavaMigration {

  private static final int PAGE = 1_000;

  /** The figure columns V3 added. */
  private static final List<String> V3_COLUMNS =
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

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3.1");
  }

  @Override
  public String getDescription() {
    return "enrollment figures from the fold";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    JdbcTemplate jdbc =
        new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    String update =
        "UPDATE enrollment SET "
            + V3_COLUMNS.stream().map(n -> n + " = :" + n).collect(Collectors.joining(", "))
            + " WHERE enrollment_id = :enrollment_id";
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    List<EnrollmentState> page = page(jdbc, null);
    while (!page.isEmpty()) {
      named.batchUpdate(
          update,
          page.stream()
              .map(
                  e ->
                      EnrollmentFiguresColumns.addTo(
                          new MapSqlParameterSource("enrollment_id", e.enrollmentId()),
                          EnrollmentFigures.of(e)))
              .toArray(SqlParameterSource[]::new));
      page = page.size() < PAGE ? List.of() : page(jdbc, page.get(page.size() - 1).enrollmentId());
    }
  }

  /** The next enrollments in id order after {@code after} (null: from the first). */
  private static List<EnrollmentState> page(JdbcTemplate jdbc, String after) {
    // Keyset pages: memory stays bounded however many enrollments are stored.
    String order = " ORDER BY enrollment_id COLLATE \"C\" LIMIT " + PAGE;
    return after == null
        ? jdbc.query(
            "SELECT * FROM enrollment" + order, (rs, n) -> ProjectionRows.enrollmentOfV1(rs))
        : jdbc.query(
            "SELECT * FROM enrollment WHERE enrollment_id COLLATE \"C\" > ?" + order,
            (rs, n) -> ProjectionRows.enrollmentOfV1(rs),
            after);
  }
}
