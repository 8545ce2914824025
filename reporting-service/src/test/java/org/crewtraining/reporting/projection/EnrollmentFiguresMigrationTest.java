package org.crewtraining.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crewtraining.readmodels.CompletionBasis;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ProgramFigures;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Enrollments stored before the figure columns existed get, through the migrations a running
 * service goes through (V3 and the fold's {@link EnrollmentFiguresMigration}), exactly the figures
 * the fold computes for their state, across more than one page of the backfill; their programmes
 * get the totals of those figures (V5). V7.1 gives their outcomes the basis the fold gives an
 * outcome without rule figures (typed by hand) and the figures that follow.
 */
class EnrollmentFiguresMigrationTest {

  private static final int ROWS = 2_345;

  private final PostgresTestDatabase.Database database =
      PostgresTestDatabase.create("figures_migration");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.url(), database.user(), database.password());
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  @Test
  void storedEnrollmentsGetTheFiguresTheFoldComputesForThem() {
    migrate("2");
    // Every status, with and without a seat held, a promotion, attendance and an outcome's hours.
    jdbc.update(
        """
        INSERT INTO enrollment (enrollment_id, program_id, participant_id, participant_type, craft,
            status, ever_confirmed, promoted, hours_attended, hours_completed, completion_date,
            certificate_id)
        SELECT 'enr-' || i, 'prg-' || (i % 40), 'ptc-' || (i % 700), 'INDUSTRY_WORKER', 'COLORIST',
            (ARRAY['CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'CANCELLED', 'COMPLETED',
                   'NOT_COMPLETED'])[1 + i % 6],
            i % 4 <> 1, i % 5 = 0, (i % 7) * 1.25,
            CASE WHEN i % 6 >= 4 THEN (i % 11) * 2.5 END, NULL, NULL
        FROM generate_series(1, ?) AS i
        """,
        ROWS);
    // Their programmes, and one without enrollments.
    jdbc.update(
        "INSERT INTO program (program_id, created, status) SELECT 'prg-' || i, true, 'PUBLISHED'"
            + " FROM generate_series(0, 40) AS i");

    migrate(null);

    ProjectionStore store = new ProjectionStore(jdbc);
    ReportingState stored = store.loadAll();
    Map<String, EnrollmentFigures> figures = store.loadEnrollmentFigures();
    assertThat(stored.enrollments()).hasSize(ROWS);
    assertThat(figures).isEqualTo(ReadModels.enrollmentFigures(stored));
    // enr-10: status COMPLETED (10 % 6 = 4), held a seat, promoted, 3.75 h attended, 25 h outcome,
    // which V7.1 reads as typed by hand (no outcome before V7 had rule figures).
    assertThat(figures.get("enr-10"))
        .isEqualTo(new EnrollmentFigures(1, 0, 0, 0, 0, 1, 0, 1, 25.0, "ptc-10", 0, 0, 1, 0, 0));
    assertThat(stored.enrollments().get("enr-10").outcome().basis())
        .isEqualTo(CompletionBasis.MANUAL);
    assertThat(stored.enrollments().get("enr-9").outcome().basis()).isNull();
    // enr-49: WAITLISTED (49 % 6 = 1), never held a seat (49 % 4 = 1): counts only as waitlisted.
    assertThat(figures.get("enr-49"))
        .isEqualTo(new EnrollmentFigures(0, 0, 1, 0, 0, 0, 0, 0, 0.0, null, 0, 0, 0, 0, 0));
    // V5: each programme's row holds the totals of its enrollments' figures.
    Map<String, FigureTotals> totals = store.loadProgramFigures();
    assertThat(totals).hasSize(41).isEqualTo(ProgramFigures.of(stored, figures));
    assertThat(totals.get("prg-40")).isEqualTo(FigureTotals.ZERO);
    assertThat(totals.get("prg-0").enrolled()).isPositive();
    assertThat(totals.get("prg-10").completionsManual())
        .isEqualTo(totals.get("prg-10").completed() + totals.get("prg-10").notCompleted())
        .isPositive();
  }

  private void migrate(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/reporting", "classpath:db/support")
            .javaMigrations(new EnrollmentFiguresMigration(), new CompletionBasisMigration())
            .cleanDisabled(true);
    if (target != null) {
      configuration.target(target);
    }
    configuration.load().migrate();
  }
}
