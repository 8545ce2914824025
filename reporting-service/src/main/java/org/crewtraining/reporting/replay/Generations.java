package org.crewtraining.reporting.replay;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.reporting.projection.ProjectionPositions;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read-model tables exist as the live set ({@code program}, {@code enrollment}, {@code
 * application}, {@code projection_status}) and, while a rebuild runs, a next set ({@code *_next})
 * of the same shape. The switch renames the sets inside one transaction: readers see the old or the
 * new generation, never a mix, and queries keep their table names.
 */
@Repository
class Generations {

  private static final String[] TABLES = {
    "program", "enrollment", "application", "projection_status"
  };

  private final JdbcTemplate jdbc;
  private final ProjectionPositions positions;

  Generations(JdbcTemplate jdbc, ProjectionPositions positions) {
    this.jdbc = jdbc;
    this.positions = positions;
  }

  /** Empty next tables shaped like the live ones. */
  void prepareNext() {
    for (String table : TABLES) {
      jdbc.execute("DROP TABLE IF EXISTS " + next(table));
      jdbc.execute("CREATE TABLE " + next(table) + " (LIKE " + table + " INCLUDING ALL)");
    }
    jdbc.update("INSERT INTO projection_status_next (id) VALUES (1)");
  }

  /**
   * Makes the next generation live, in the caller's transaction: the next tables take the live
   * names, and the rebuild's position (how far it read each partition) becomes the live
   * projection's, so the live listener skips every record the rebuild already applied.
   */
  void switchToNext(Map<TopicPartition, Long> rebuildPositions) {
    positions.replace(rebuildPositions);
    jdbc.execute(
        "LOCK TABLE program, enrollment, application, projection_status IN ACCESS EXCLUSIVE MODE");
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
  }

  private static String next(String table) {
    return table + ProjectionStore.NEXT_SUFFIX;
  }
}
