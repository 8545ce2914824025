package org.crewtraining.readmodels.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventType;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.manifest.CanonicalDiff.Difference;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.readmodels.manifest.ReportVerification.Outcome;
import org.crewtraining.readmodels.manifest.ReportVerification.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A manifest made from a fold of records, judged against a fold of the same records (match) and of
 * tampered ones. The records are single-object encoded, so no registry is needed: their writer
 * schemas are named by their CRC-64-AVRO fingerprint only.
 */
class ManifestVerificationTest {

  private static final String X = "mv";
  private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");
  private static final EventCodec CODEC = EventCodec.standard();
  private static final WriterSchemas SCHEMAS = new WriterSchemas(CODEC.ids());

  /** A tiny log: each record's topic, partition (0) and offset in order of the list. */
  private static ManifestFold fold(Instant asOf, List<SpecificRecord> events, long skipBelow) {
    ManifestFold fold = new ManifestFold(asOf, SCHEMAS);
    Map<String, Long> next = new LinkedHashMap<>();
    for (SpecificRecord event : events) {
      String topic = EventType.of(event).topic().topicName();
      long offset = next.merge(topic, 1L, Long::sum) - 1;
      if (offset >= skipBelow) {
        fold.accept(topic, 0, offset, CODEC.encodeSingleObject(event), event);
      }
    }
    return fold;
  }

  private static Manifested asOf(ReportPeriod period) {
    return Manifests.folded(
        ReportKind.AS_OF, period, Map.of(), AT, fold(AT, CrewScenario.events(X), 0));
  }

  @Test
  void theManifestSaysWhatWasFoldedAndItsDigestIsTheReportsCanonicalForm() {
    Manifested made = asOf(ReportPeriod.years(2022, 2024));
    ReportManifest manifest = made.manifest();

    assertThat(manifest.report()).isEqualTo("as-of");
    assertThat(manifest.asOf()).isEqualTo(AT);
    assertThat(manifest.foldVersion()).isEqualTo(FoldVersion.ID);
    assertThat(manifest.events()).isEqualTo(CrewScenario.events(X).size());
    long programmeEvents =
        CrewScenario.events(X).stream()
            .filter(e -> EventType.of(e).topic().topicName().equals("training.program-events"))
            .count();
    assertThat(manifest.offsets())
        .containsExactly(
            new OffsetRange(
                "training.enrollment-events",
                0,
                0,
                CrewScenario.events(X).size() - programmeEvents),
            new OffsetRange("training.program-events", 0, 0, programmeEvents));
    assertThat(manifest.schemas()).allSatisfy(s -> assertThat(s.schemaId()).isNull());
    assertThat(manifest.schemas().stream().mapToLong(WriterSchema::records).sum())
        .isEqualTo(manifest.events());
    assertThat(((AsOfReport) made.report()).crew().filter().fromYear()).isEqualTo(2022);
    assertThat(manifest.digest().value())
        .isEqualTo(ReportDigest.of(CanonicalReport.json(made.report())).value());
  }

  @Test
  void theSameRecordsMatchWithAndWithoutTheReport() {
    Manifested made = asOf(ReportPeriod.ALL);
    ManifestFold again = fold(AT, CrewScenario.events(X), 0);

    assertThat(ReportVerification.judge(made.manifest(), again, null).verdict())
        .isEqualTo(Verdict.MATCH);
    Outcome withReport =
        ReportVerification.judge(
            made.manifest(), fold(AT, CrewScenario.events(X), 0), made.report());
    assertThat(withReport.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(withReport.derived()).isEqualTo(made.manifest().digest());
  }

  @Test
  void aChangedFigureInTheReportDiffersNamingItsRow() {
    Manifested made = asOf(ReportPeriod.ALL);
    @SuppressWarnings("unchecked")
    Map<String, Object> tampered = (Map<String, Object>) CanonicalJson.tree(made.report());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> programs = (List<Map<String, Object>>) tampered.get("programs");
    Map<String, Object> first = programs.get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = (Map<String, Object>) first.get("figures");
    figures.put("completed", new CanonicalJson.Num("99"));

    Outcome outcome =
        ReportVerification.judge(made.manifest(), fold(AT, CrewScenario.events(X), 0), tampered);

    assertThat(outcome.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(outcome.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path())
                  .isEqualTo(
                      "programs[programId=" + first.get("programId") + "].figures.completed");
              assertThat(d.actual()).isEqualTo("99");
            });
  }

  @Test
  void aChangedDigestOrFewerRecordsDiffer() {
    Manifested made = asOf(ReportPeriod.ALL);
    ReportManifest forged =
        made.manifest()
            .withDigest(
                new ReportDigest(CanonicalJson.FORM, ReportDigest.SHA_256, "00".repeat(32)));

    Outcome digest = ReportVerification.judge(forged, fold(AT, CrewScenario.events(X), 0), null);
    assertThat(digest.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(digest.differences())
        .containsExactly(
            new Difference(
                ReportVerification.DIGEST_PATH, made.manifest().digest().value(), "00".repeat(32)));

    // The first record of each topic no longer read (a range starting one later), schemas still
    // all present: another report.
    Outcome fewer =
        ReportVerification.judge(
            made.manifest(), fold(AT, CrewScenario.events(X), 1), made.report());
    assertThat(fewer.verdict()).isIn(Verdict.DIFFERS, Verdict.REFUSED);
  }

  @Test
  void aSchemaTheRecordsDoNotCarryOrAnotherFoldVersionIsRefused() {
    Manifested made = asOf(ReportPeriod.ALL);
    ReportManifest m = made.manifest();
    List<WriterSchema> schemas = new java.util.ArrayList<>(m.schemas());
    WriterSchema first = schemas.get(0);
    schemas.set(
        0,
        new WriterSchema(
            first.schemaId(), first.eventType(), "ab".repeat(32), first.crc64(), first.records()));
    ReportManifest forged =
        new ReportManifest(
            m.format(),
            m.report(),
            m.period(),
            m.filters(),
            m.asOf(),
            m.foldVersion(),
            schemas,
            m.offsets(),
            m.events(),
            m.digest());

    Outcome schema = ReportVerification.judge(forged, fold(AT, CrewScenario.events(X), 0), null);
    assertThat(schema.verdict()).isEqualTo(Verdict.REFUSED);
    assertThat(schema.reason()).contains("abab").contains("no record in its ranges carries");

    ReportManifest older =
        new ReportManifest(
            m.format(),
            m.report(),
            m.period(),
            m.filters(),
            m.asOf(),
            "1999-01-01.1",
            m.schemas(),
            m.offsets(),
            m.events(),
            m.digest());
    assertThat(ReportVerification.judge(older, fold(AT, CrewScenario.events(X), 0), null).reason())
        .contains("fold version 1999-01-01.1");
  }

  @Test
  void aLiveCrewReportIsTheFoldOfEveryRecordWithItsFilters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("partner", CrewScenario.agency(X));
    filters.put("format", null);
    ManifestFold folded = fold(null, CrewScenario.events(X), 0);
    DistinctCrew served =
        DistinctCrew.of(
            folded.replay().state(),
            ReportKind.crewFilter(ReportPeriod.years(2022, 2024), filters));
    ReportManifest manifest =
        Manifests.describing(
            served,
            ReportKind.CREW_DISTINCT,
            ReportPeriod.years(2022, 2024),
            filters,
            null,
            folded.coverage().schemas(),
            folded.coverage().offsets(),
            folded.replay().applied());

    assertThat(manifest.filters()).containsExactly(Map.entry("partner", CrewScenario.agency(X)));
    assertThat(served.participants()).isEqualTo(3);
    assertThat(
            ReportVerification.judge(manifest, fold(null, CrewScenario.events(X), 0), served)
                .verdict())
        .isEqualTo(Verdict.MATCH);
  }

  @Test
  void aLiveProgrammePageIsTheFoldsProgrammesFilteredOrderedAndPaged() {
    ManifestFold folded = fold(null, CrewScenario.events(X), 0);
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("partner", CrewScenario.agency(X));
    filters.put("page", "0");
    filters.put("size", "2");
    ReportManifest manifest =
        Manifests.describing(
            Map.of(),
            ReportKind.PROGRAMS,
            ReportPeriod.ALL,
            filters,
            null,
            folded.coverage().schemas(),
            folded.coverage().offsets(),
            folded.replay().applied());

    ProgramsPage page = (ProgramsPage) ReportKind.PROGRAMS.build(manifest, folded.replay());

    List<String> agencyProgrammes =
        org.crewtraining.readmodels.ReadModels.programs(folded.replay().state()).stream()
            .filter(p -> p.partners().contains(CrewScenario.agency(X)))
            .map(org.crewtraining.readmodels.ProgramSummary::programId)
            .sorted()
            .toList();
    assertThat(agencyProgrammes).hasSizeGreaterThan(2);
    assertThat(page.items())
        .extracting(org.crewtraining.readmodels.ProgramSummary::programId)
        .containsExactlyElementsOf(agencyProgrammes.subList(0, 2));
    assertThat(page.totalItems()).isEqualTo(agencyProgrammes.size());
    assertThat(page.totalPages()).isEqualTo((agencyProgrammes.size() + 1) / 2);
    assertThat(CanonicalJson.tree(page))
        .isEqualTo(
            CanonicalJson.tree(
                Map.of(
                    "items", page.items(),
                    "page", 0,
                    "size", 2,
                    "totalItems", agencyProgrammes.size(),
                    "totalPages", page.totalPages())));
  }
}
