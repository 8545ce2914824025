package org.crewtraining.reporting.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.ReadModelDiff;
import org.crewtraining.readmodels.ReadModelDiff.Difference;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.crewtraining.support.outbox.ProcessedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models in memory from the log and diffs them against the live tables: every
 * programme and enrollment row, and the figures stored with each enrollment (what the queries sum).
 * The live rows and the live projection's event claims are read in one REPEATABLE READ snapshot and
 * only claimed events are folded, so the comparison is exact even while events keep arriving: no
 * need to pause anything. Memory grows with programmes and enrollments, not with events (plus a set
 * of event ids to drop re-sent duplicates).
 */
@Service
public class Verifier {

  private final String bootstrap;
  private final EventCodec codec;
  private final ProcessedEvents processed;
  private final ProjectionStore live;
  private final TransactionTemplate snapshot;

  Verifier(
      @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
      ProcessedEvents processed,
      ProjectionStore live,
      PlatformTransactionManager transactions,
      EventCodec codec) {
    this.bootstrap = bootstrap;
    this.codec = codec;
    this.processed = processed;
    this.live = live;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  public VerifyReport verify() {
    return snapshot.execute(
        tx -> {
          ReportingState stored = live.loadAll();
          Map<String, EnrollmentFigures> storedFigures = live.loadEnrollmentFigures();
          Replay replay = Replay.all();
          long[] notApplied = {0};
          try (LogReader reader = LogReaders.eventLog(bootstrap, codec)) {
            reader.readEventsTo(
                reader.endOffsets(),
                events -> {
                  Set<UUID> claimed = claimed(events);
                  for (SpecificRecord event : events) {
                    if (claimed.contains(Events.metadataOf(event).getEventId())) {
                      replay.accept(event);
                    } else if (Events.programIdOf(event) != null) {
                      notApplied[0]++;
                    }
                  }
                });
          }
          List<Difference> differences = new ArrayList<>(ReadModelDiff.of(replay.state(), stored));
          differences.addAll(
              ReadModelDiff.rows(
                  "enrollment-figures",
                  ReadModels.enrollmentFigures(replay.state()),
                  storedFigures));
          return new VerifyReport(replay.applied(), notApplied[0], differences);
        });
  }

  /** Which of these events the live projection has applied, as of the snapshot. */
  private Set<UUID> claimed(List<SpecificRecord> events) {
    return processed.claimedAmong(
        ProjectionStore.CONSUMER,
        events.stream().map(e -> Events.metadataOf(e).getEventId()).toList());
  }
}
