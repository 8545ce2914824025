package org.crewtraining.reporting.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ProgramFigures;
import org.crewtraining.readmodels.ReadModelDiff;
import org.crewtraining.readmodels.ReadModelDiff.Difference;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.projection.ProjectionPositions;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models in memory from the log and diffs them against the live tables: every
 * programme and enrollment row, the figures stored with each enrollment (what rollups sum) and the
 * totals stored on each programme row (against the fold and against its stored enrollments). The
 * live rows and the live projection's positions are read in one REPEATABLE READ snapshot and only
 * the records before those positions are folded, so the comparison is exact even while events keep
 * arriving: no need to pause anything. Memory grows with programmes and enrollments, not with
 * events.
 */
@Service
public class Verifier {

  private final String bootstrap;
  private final EventCodec codec;
  private final ProjectionPositions positions;
  private final ProjectionStore live;
  private final TransactionTemplate snapshot;

  Verifier(
      @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
      ProjectionPositions positions,
      ProjectionStore live,
      PlatformTransactionManager transactions,
      EventCodec codec) {
    this.bootstrap = bootstrap;
    this.codec = codec;
    this.positions = positions;
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
          Map<String, FigureTotals> storedTotals = live.loadProgramFigures();
          Map<TopicPartition, Long> applied = positions.all();
          Replay replay = Replay.all();
          long[] notApplied = {0};
          try (LogReader reader = LogReaders.eventLog(bootstrap, codec)) {
            reader.readTo(
                reader.endOffsets(),
                records -> {
                  for (ConsumerRecord<byte[], byte[]> record : records) {
                    SpecificRecord event =
                        codec.decodeOn(record.topic(), record.value()).orElse(null);
                    if (event == null) {
                      continue;
                    }
                    long position =
                        applied.getOrDefault(
                            new TopicPartition(record.topic(), record.partition()), 0L);
                    if (record.offset() < position) {
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
          // The totals kept on each programme row: as the fold has them, and still the sum of the
          // stored enrollments (what the rollups and overall figures add up).
          differences.addAll(
              ReadModelDiff.rows(
                  "program-figures", ProgramFigures.of(replay.state()), storedTotals));
          differences.addAll(
              ReadModelDiff.rows(
                  "program-figures-of-enrollments",
                  ProgramFigures.of(stored, storedFigures),
                  storedTotals));
          return new VerifyReport(replay.applied(), notApplied[0], differences);
        });
  }
}
