package org.crewtraining.readmodels.manifest;

import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.readmodels.Replay;

/**
 * Folds records under a knowledge time while noting what was folded: a record counts, and its
 * partition's range and writer schema are noted, when its event occurred at or before {@code asOf}
 * (every record without one) and its id was not folded before — the rule of {@link Replay}.
 */
public final class ManifestFold {

  private final Replay replay;
  private final WriterSchemas schemas;
  private final LogCoverage coverage = new LogCoverage();

  public ManifestFold(Instant asOf, WriterSchemas schemas) {
    this.replay = asOf == null ? Replay.all() : Replay.asOf(asOf);
    this.schemas = schemas;
  }

  /** A decoded record of the programme or enrollment topics, in log order per partition. */
  public void accept(String topic, int partition, long offset, byte[] raw, SpecificRecord event) {
    if (replay.accept(event)) {
      coverage.folded(topic, partition, offset, schemas.of(raw));
    }
  }

  public Replay replay() {
    return replay;
  }

  public LogCoverage coverage() {
    return coverage;
  }
}
