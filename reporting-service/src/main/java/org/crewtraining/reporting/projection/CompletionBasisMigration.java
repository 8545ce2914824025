package org.crewtraining.reporting.projection;

import java.util.List;
import org.crewtraining.readmodels.CompletionBasis;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.EnrollmentOutcome;
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
 * Flyway migration 7.1: the enrollments stored before V7 get what the fold would have given them.
 * Every outcome recorded before then came from a CompletionRecorded without rule figures, which the
 * fold reads as typed by hand ({@link CompletionBasis#MANUAL}); their figures (the completions by
 * basis of V7 among them) are then the fold's own {@link EnrollmentFigures#of}, and each
 * programme's new totals the sums of its enrollments'.
 */
@Component
public class CompletionBasisMigration implements JavaMigration {

  private static final int PAGE = 1_000;

  /** The totals V7 added to programme rows: sums of the same columns of its enrollments. */
  private static final List<String> V7_TOTALS =
      List.of(
          "completions_by_rule",
          "completions_overridden",
          "completions_manual",
          "certificates_issued",
          "certificates_revoked");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("7.1");
  }

  @Override
  public String getDescription() {
    return "completion basis and figures from the fold";
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
        "UPDATE enrollment SET completion_basis = :completion_basis, "
            + EnrollmentFiguresColumns.assignments()
            + " WHERE enrollment_id = :enrollment_id";
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    List<EnrollmentState> page = page(jdbc, null);
    while (!page.isEmpty()) {
      named.batchUpdate(
          update,
          page.stream()
              .map(CompletionBasisMigration::asFolded)
              .map(
                  e ->
                      EnrollmentFiguresColumns.addTo(
                              new MapSqlParameterSource("enrollment_id", e.enrollmentId()),
                              EnrollmentFigures.of(e))
                          .addValue(
                              "completion_basis",
                              e.outcome().basis() == null ? null : e.outcome().basis().name()))
              .toArray(SqlParameterSource[]::new));
      page = page.size() < PAGE ? List.of() : page(jdbc, page.get(page.size() - 1).enrollmentId());
    }
    jdbc.update(
        "UPDATE program p SET "
            + String.join(", ", V7_TOTALS.stream().map(c -> c + " = f." + c).toList())
            + " FROM (SELECT program_id, "
            + String.join(", ", V7_TOTALS.stream().map(c -> "sum(" + c + ") AS " + c).toList())
            + " FROM enrollment GROUP BY program_id) f WHERE f.program_id = p.program_id");
  }

  /** A stored outcome without a basis was typed by hand. */
  private static EnrollmentState asFolded(EnrollmentState e) {
    EnrollmentOutcome o = e.outcome();
    if (o.hoursCompleted() == null || o.basis() != null) {
      return e;
    }
    return new EnrollmentState(
        e.enrollmentId(),
        e.programId(),
        e.participantId(),
        e.participant(),
        e.standing(),
        e.hoursAttended(),
        new EnrollmentOutcome(
            o.hoursCompleted(),
            o.completionDate(),
            o.certificateId(),
            CompletionBasis.MANUAL,
            null),
        e.attendance(),
        e.assessment(),
        e.certificates());
  }

  /** The next enrollments in id order after {@code after} (null: from the first). */
  private static List<EnrollmentState> page(JdbcTemplate jdbc, String after) {
    String order = " ORDER BY enrollment_id COLLATE \"C\" LIMIT " + PAGE;
    return after == null
        ? jdbc.query("SELECT * FROM enrollment" + order, (rs, n) -> ProjectionRows.enrollment(rs))
        : jdbc.query(
            "SELECT * FROM enrollment WHERE enrollment_id COLLATE \"C\" > ?" + order,
            (rs, n) -> ProjectionRows.enrollment(rs),
            after);
  }
}
