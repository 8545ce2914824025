package org.crewtraining.reporting.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.manifest.Manifests;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.readmodels.manifest.OffsetRange;
import org.crewtraining.readmodels.manifest.ReportKind;
import org.crewtraining.readmodels.manifest.WriterSchema;
import org.crewtraining.readmodels.manifest.WriterSchemas;
import org.crewtraining.reporting.crew.DistinctCrewQueries;
import org.crewtraining.reporting.query.Page;
import org.crewtraining.reporting.query.ProgramFilter;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Manifests of the live read models (distinct crew, the programme list). The report rows, the
 * projection's stored positions and the writer schemas of the audit rows below them are read in one
 * REPEATABLE READ snapshot, so the report is the fold of every record from offset 0 up to (not
 * including) each partition's position (ADR 0004), and the manifest says so: ranges {@code [0,
 * position)}, no knowledge time.
 */
@Service
public class LiveManifests {

  private static final List<String> TOPICS =
      List.of(Topic.PROGRAM_EVENTS.topicName(), Topic.ENROLLMENT_EVENTS.topicName());

  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;
  private final DistinctCrewQueries crew;
  private final ReportingQueries queries;
  private final WriterSchemas schemas;

  LiveManifests(
      JdbcTemplate jdbc,
      PlatformTransactionManager txm,
      DistinctCrewQueries crew,
      ReportingQueries queries,
      EventCodec codec) {
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(txm);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.crew = crew;
    this.queries = queries;
    this.schemas = new WriterSchemas(codec.ids());
  }

  /** {@code GET /api/crew/distinct} with its manifest. */
  public Manifested distinctCrew(CrewFilter filter) {
    return snapshot.execute(
        tx -> {
          // Only unbound accounts get here (ReportingAccessRules): the scope is every programme.
          DistinctCrew report = crew.count(filter, PartnerScope.current());
          Map<String, String> filters = new LinkedHashMap<>();
          filters.put("partner", filter.partner());
          filters.put("format", filter.format());
          filters.put("track", filter.track());
          filters.put("participantType", filter.participantType());
          return manifested(
              report,
              ReportKind.CREW_DISTINCT,
              ReportPeriod.years(filter.fromYear(), filter.toYear()),
              filters);
        });
  }

  /** {@code GET /api/programs} (one page) with its manifest. */
  public Manifested programs(ProgramFilter filter, int page, int size) {
    return snapshot.execute(
        tx -> {
          Page<ProgramSummary> report = queries.programs(filter, page, size);
          Map<String, String> filters = new LinkedHashMap<>();
          filters.put("partner", filter.partner());
          filters.put("format", filter.format());
          filters.put("track", filter.track());
          filters.put("status", filter.status() == null ? null : filter.status().name());
          filters.put("page", Integer.toString(page));
          filters.put("size", Integer.toString(size));
          return manifested(
              report,
              ReportKind.PROGRAMS,
              ReportPeriod.years(filter.cohortYear(), filter.cohortYear()),
              filters);
        });
  }

  private Manifested manifested(
      Object report, ReportKind kind, ReportPeriod period, Map<String, String> filters) {
    List<WriterSchema> used = schemasBelowPositions();
    return new Manifested(
        report,
        Manifests.describing(
            report,
            kind,
            period,
            filters,
            null,
            used,
            positions(),
            used.stream().mapToLong(WriterSchema::records).sum()));
  }

  /** Every partition of the event topics with records applied: [0, position). */
  private List<OffsetRange> positions() {
    return jdbc.query(
        "SELECT topic, kafka_partition, next_offset FROM projection_position"
            + " WHERE topic IN (?, ?) AND next_offset > 0 ORDER BY topic, kafka_partition",
        (rs, n) -> new OffsetRange(rs.getString(1), rs.getInt(2), 0, rs.getLong(3)),
        TOPICS.get(0),
        TOPICS.get(1));
  }

  /**
   * The writer schemas of the recorded events below the positions, from the header of their bytes
   * (registry id, or the single-object fingerprint). Complete only where the trail is ({@code
   * crew.reporting.audit.enabled}, the default).
   */
  private List<WriterSchema> schemasBelowPositions() {
    Map<WriterSchemas.Key, Long> counts = new LinkedHashMap<>();
    jdbc.query(
        "SELECT CASE WHEN get_byte(a.raw, 0) = 0 THEN substring(a.raw FROM 1 FOR 5)"
            + " ELSE substring(a.raw FROM 1 FOR 10) END AS head, count(*)"
            + " FROM audit_event a JOIN projection_position p ON p.topic = a.topic"
            + " AND p.kafka_partition = a.kafka_partition AND a.kafka_offset < p.next_offset"
            + " WHERE a.topic IN (?, ?) GROUP BY 1",
        rs -> {
          counts.merge(schemas.of(rs.getBytes(1)), rs.getLong(2), Long::sum);
        },
        TOPICS.get(0),
        TOPICS.get(1));
    List<WriterSchema> used = new ArrayList<>();
    counts.forEach(
        (k, n) ->
            used.add(new WriterSchema(k.schemaId(), k.eventType(), k.fingerprint(), k.crc64(), n)));
    return used;
  }
}
