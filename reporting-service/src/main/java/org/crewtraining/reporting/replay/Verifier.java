package org.crewtraining.reporting.replay;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModelDiff;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models in memory from the log and diffs them against the live tables. The live
 * rows and the live projection's event claims are read in one REPEATABLE READ snapshot and only
 * claimed events are folded, so the comparison is exact even while events keep arriving: no need to
 * pause anything. Memory grows with programmes and enrollments, not with events (plus a set of
 * event ids to drop re-sent duplicates).
 */
@Service
public class Verifier {

  private final String bootstrap;
  private final JdbcTemplate jdbc;
  private final ProjectionStore live;
  private final TransactionTemplate snapshot;

  Verifier(
      @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
      JdbcTemplate jdbc,
      ProjectionStore live,
      PlatformTransactionManager transactions) {
    this.bootstrap = bootstrap;
    this.jdbc = jdbc;
    this.live = live;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  public VerifyReport verify() {
    return snapshot.execute(
        tx -> {
          ReportingState stored = live.loadAll();
          Replay replay = Replay.all();
          long[] notApplied = {0};
          try (LogReader reader = new LogReader(bootstrap)) {
            reader.readTo(
                reader.endOffsets(),
                events -> {
                  Set<UUID> claimed = claimed(events);
                  for (SpecificRecord event : events) {
                    if (claimed.contains(Events.metadataOf(event).getEventId())) {
                      replay.accept(event);
                    } else if (ProjectionFold.programIdOf(event) != null) {
                      notApplied[0]++;
                    }
                  }
                });
          }
          return new VerifyReport(
              replay.applied(), notApplied[0], ReadModelDiff.of(replay.state(), stored));
        });
  }

  /** Which of these events the live projection has applied, as of the snapshot. */
  private Set<UUID> claimed(List<SpecificRecord> events) {
    String[] ids =
        events.stream()
            .map(e -> Events.metadataOf(e).getEventId().toString())
            .toArray(String[]::new);
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT event_id FROM processed_event WHERE consumer = ? AND event_id = ANY(?::uuid[])",
            UUID.class,
            ProjectionStore.CONSUMER,
            ids));
  }
}
