package org.crewtraining.reporting.manifest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.manifest.ManifestFold;
import org.crewtraining.readmodels.manifest.Manifests;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.readmodels.manifest.ReportKind;
import org.crewtraining.readmodels.manifest.WriterSchemas;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The as-of report with its manifest: folded from the audit trail's original bytes as {@code
 * AsOfReports} folds them (occurredAt at or before the instant, in log order), noting each folded
 * row's topic, partition and offset (recorded from the log with it) and the writer schema its bytes
 * name, so the manifest lists exactly the records the report was made of.
 */
@Service
public class AsOfManifests {

  /** Rows fetched per round trip: memory stays flat whatever the trail's size. */
  private static final int FETCH_SIZE = 1000;

  private final JdbcTemplate streaming;
  private final TransactionTemplate readOnly;
  private final EventCodec codec;
  private final WriterSchemas schemas;

  AsOfManifests(DataSource dataSource, PlatformTransactionManager txm, EventCodec codec) {
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(FETCH_SIZE); // honoured inside a transaction (a cursor)
    this.readOnly = new TransactionTemplate(txm);
    this.readOnly.setReadOnly(true);
    this.codec = codec;
    this.schemas = new WriterSchemas(codec.ids());
  }

  public Manifested at(Instant instant, ReportPeriod period) {
    ManifestFold fold = new ManifestFold(instant, schemas);
    readOnly.executeWithoutResult(
        tx ->
            streaming.query(
                "SELECT topic, kafka_partition, kafka_offset, raw FROM audit_event"
                    + " WHERE topic IN (?, ?) AND occurred_at <= ?"
                    + " ORDER BY topic, kafka_partition, kafka_offset",
                rs -> {
                  byte[] raw = rs.getBytes(4);
                  fold.accept(rs.getString(1), rs.getInt(2), rs.getLong(3), raw, codec.decode(raw));
                },
                Topic.PROGRAM_EVENTS.topicName(),
                Topic.ENROLLMENT_EVENTS.topicName(),
                instant.atOffset(ZoneOffset.UTC)));
    return Manifests.folded(ReportKind.AS_OF, period, Map.of(), instant, fold);
  }
}
