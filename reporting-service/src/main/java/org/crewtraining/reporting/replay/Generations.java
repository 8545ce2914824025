package org.crewtraining.reporting.replay;

import org.crewtraining.reporting.projection.ProjectionStore;
import org.crewtraining.support.outbox.ProcessedEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read-model tables exist as the live set ({@code program}, {@code enrollment}, {@code
 * projection_status}) and, while a rebuild runs, a next set ({@code *_next}) of the same shape. The
 * switch renames the sets inside one transaction: readers see the old or the new generation, never
 * a mix, and queries keep their table names.
 */
@Repository
class Generations {

  private static final String[] TABLES = {"program", "enrollment", "projection_status"};

  private final JdbcTemplate jdbc;
  private final ProcessedEvents processed;

  Generations(JdbcTemplate jdbc, ProcessedEvents processed) {
    this.jdbc = jdbc;
    this.processed = processed;
  }

  /** Empty next tables shaped like the live ones, and no claims of an earlier attempt. */
  void prepareNext() {
    for (String table : TABLES) {
      jdbc.execute("DROP TABLE IF EXISTS " + next(table));
      jdbc.execute("CREATE TABLE " + next(table) + " (LIKE " + table + " INCLUDING ALL)");
    }
    jdbc.update("INSERT INTO projection_status_next (id) VALUES (1)");
    processed.forget(ProjectionStore.NEXT_CONSUMER);
  }

  /**
   * Makes the next generation live, in the caller's transaction: the next tables take the live
   * names, and the next generation's event claims become the live projection's, so the live
   * listener skips every event the rebuild already applied.
   */
  void switchToNext() {
    // Claims first (O(events), while the live listener is paused): readers are blocked only
    // by the renames below, which take the table locks until commit.
    processed.handOver(ProjectionStore.NEXT_CONSUMER, ProjectionStore.CONSUMER);
    jdbc.execute("LOCK TABLE program, enrollment, projection_status IN ACCESS EXCLUSIVE MODE");
    for (String table : TABLES) {
      jdbc.execute("ALTER TABLE " + table + " RENAME TO " + table + "_retired");
      jdbc.execute("ALTER TABLE " + next(table) + " RENAME TO " + table);
      jdbc.execute("DROP TABLE " + table + "_retired");
    }
  }

  /** Drops what a failed rebuild left behind. */
  void dropNext() {
    for (String table : TABLES) {
      jdbc.execute("DROP TABLE IF EXISTS " + next(table));
    }
    processed.forget(ProjectionStore.NEXT_CONSUMER);
  }

  private static String next(String table) {
    return table + ProjectionStore.NEXT_SUFFIX;
  }
}
