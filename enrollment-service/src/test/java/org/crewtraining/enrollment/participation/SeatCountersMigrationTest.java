package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Programmes stored before the seat counters existed get, through V4, the counts of their active
 * enrollments; enrollments that ended and programmes without any count for nothing.
 */
class SeatCountersMigrationTest {

  private static final int ENROLLMENTS = 2_345;
  private static final int PROGRAMMES =
      37; // coprime with the 4 statuses, so every programme holds each
  private static final String[] STATUSES = {"CONFIRMED", "WAITLISTED", "WITHDRAWN", "CANCELLED"};

  private final PostgresTestDatabase.Database database =
      PostgresTestDatabase.create("seat_counters_migration");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.url(), database.user(), database.password());
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  @Test
  void storedProgrammesGetTheCountsOfTheirActiveEnrollments() {
    migrate("3");
    jdbc.update(
        """
        INSERT INTO program_view (program_id, title, status, capacity, audience, track,
            start_date, end_date, updated_at)
        SELECT 'prg-' || i, 'Programme ' || i, 'PUBLISHED', 30, 'OPEN', 'VFX',
            DATE '2026-03-02', DATE '2026-03-27', now()
        FROM generate_series(0, ?) AS i
        """,
        PROGRAMMES); // prg-37 gets no enrollments
    jdbc.update(
        """
        INSERT INTO participant (participant_id, name, email, organisation, participant_type,
            craft, registered_at)
        SELECT 'ptc-' || i, 'Name ' || i, 'p' || i || '@example.org', 'Org', 'INDUSTRY_WORKER',
            'VFX', now()
        FROM generate_series(1, ?) AS i
        """,
        ENROLLMENTS);
    // Status by i % 4; waitlist positions dense per programme, in enrolment order.
    jdbc.update(
        """
        INSERT INTO enrollment (enrollment_id, program_id, participant_id, status,
            waitlist_position, withdrawal_reason_code, cancellation_reason_code, enrolled_at,
            updated_at)
        SELECT 'enr-' || i, program_id, 'ptc-' || i, status,
            CASE WHEN status = 'WAITLISTED'
                THEN row_number() OVER (PARTITION BY program_id, status ORDER BY i) END,
            CASE WHEN status = 'WITHDRAWN' THEN 'OTHER' END,
            CASE WHEN status = 'CANCELLED' THEN 'OTHER' END,
            now(), now()
        FROM (SELECT i, 'prg-' || (i % ?) AS program_id,
                (ARRAY['CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'CANCELLED'])[1 + i % 4] AS status
              FROM generate_series(1, ?) AS i) AS e
        """,
        PROGRAMMES, ENROLLMENTS);

    migrate(null);

    Map<String, Seats> expected = new HashMap<>();
    for (int p = 0; p <= PROGRAMMES; p++) {
      expected.put("prg-" + p, new Seats(0, 0));
    }
    for (int i = 1; i <= ENROLLMENTS; i++) {
      String status = STATUSES[i % 4];
      expected.computeIfPresent(
          "prg-" + (i % PROGRAMMES),
          (id, s) ->
              new Seats(
                  s.confirmed() + (status.equals("CONFIRMED") ? 1 : 0),
                  s.waitlisted() + (status.equals("WAITLISTED") ? 1 : 0)));
    }
    Map<String, Seats> counters = new HashMap<>();
    jdbc.query(
        "SELECT program_id, seats_taken, waitlist_length FROM program_view",
        rs -> {
          counters.put(rs.getString(1), new Seats(rs.getInt(2), rs.getInt(3)));
        });
    assertThat(counters).isEqualTo(expected);
    // prg-1 holds i = 1 + 37k for k = 0..63, whose i % 4 cycles evenly: 16 of each status.
    assertThat(counters.get("prg-1")).isEqualTo(new Seats(16, 16));
    assertThat(counters.get("prg-37")).isEqualTo(new Seats(0, 0));
  }

  private void migrate(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/enrollment", "classpath:db/support")
            .cleanDisabled(true);
    if (target != null) {
      configuration.target(target);
    }
    configuration.load().migrate();
  }
}
