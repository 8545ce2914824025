package org.crewtraining.reporting.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.manifest.CanonicalJson;
import org.crewtraining.readmodels.manifest.FoldVersion;
import org.crewtraining.readmodels.manifest.ManifestFold;
import org.crewtraining.readmodels.manifest.OffsetRange;
import org.crewtraining.readmodels.manifest.ReportManifest;
import org.crewtraining.readmodels.manifest.ReportVerification;
import org.crewtraining.readmodels.manifest.ReportVerification.Outcome;
import org.crewtraining.readmodels.manifest.ReportVerification.Verdict;
import org.crewtraining.readmodels.manifest.WriterSchemas;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifested reports over {@link CrewScenario} through Kafka and PostgreSQL, each derived again
 * from the broker alone as verify-report does (exactly the manifest's ranges, the same fold and
 * report, canonical JSON, SHA-256): the JSON the service answered matches its manifest.
 */
class ReportManifestApiTest extends IntegrationTestBase {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String AT = "2030-01-01T00:00:00Z";

  @Autowired EventCodec codec;

  private String x;

  @BeforeEach
  void applyScenario() {
    x = newPrefix();
    publish(CrewScenario.events(x));
    ReadModels.programs(ProjectionFold.fold(CrewScenario.events(x))).forEach(this::awaitProgramme);
  }

  @Test
  void theAsOfReportKeepsItsShapeAndItsManifestIsTheRecordsItWasFoldedFrom() {
    // The same report as GET /api/reports/as-of with the same parameters, once nothing else
    // arrives in between.
    String query = "?at=" + AT + "&fromYear=2022&toYear=2024&to=2030-12-31";
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                CanonicalJson.text(tree(body("/api/reports/as-of/manifested" + query), "report"))
                    .equals(CanonicalJson.text(tree(body("/api/reports/as-of" + query), null))));

    JsonNode answer = body("/api/reports/as-of/manifested" + query);
    ReportManifest manifest = JSON.treeToValue(answer.get("manifest"), ReportManifest.class);
    assertThat(manifest.report()).isEqualTo("as-of");
    assertThat(manifest.period().fromYear()).isEqualTo(2022);
    assertThat(manifest.period().to()).hasToString("2030-12-31");
    assertThat(manifest.asOf()).hasToString(AT);
    assertThat(manifest.foldVersion()).isEqualTo(FoldVersion.ID);
    assertThat(manifest.events()).isEqualTo(answer.get("report").get("events").asLong());
    assertThat(manifest.offsets()).isNotEmpty();
    assertThat(manifest.schemas())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.schemaId()).isNotNull());
    assertThat(answer.at("/report/crew/filter/fromYear").asInt()).isEqualTo(2022);

    Outcome outcome = rederive(manifest, tree(answer, "report"));

    assertThat(outcome.verdict()).as(outcome.toString()).isEqualTo(Verdict.MATCH);
  }

  @Test
  void theLiveDistinctCrewIsTheFoldOfEveryRecordBeforeThePositions() {
    String query =
        "?fromYear=2022&toYear=2024&partner="
            + URLEncoder.encode(CrewScenario.agency(x), StandardCharsets.UTF_8);
    JsonNode answer = body("/api/crew/distinct/manifested" + query);

    assertThat(answer.at("/report/participants").asLong()).isEqualTo(3);
    assertThat(answer.at("/report/completers").asLong()).isEqualTo(2);
    assertThat(answer.get("report")).isEqualTo(body("/api/crew/distinct" + query));
    ReportManifest manifest = JSON.treeToValue(answer.get("manifest"), ReportManifest.class);
    assertThat(manifest.asOf()).isNull();
    assertThat(manifest.filters()).containsExactly(Map.entry("partner", CrewScenario.agency(x)));
    assertThat(manifest.offsets()).allSatisfy(r -> assertThat(r.fromOffset()).isZero());

    Outcome outcome = rederive(manifest, tree(answer, "report"));

    assertThat(outcome.verdict()).as(outcome.toString()).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aLiveProgrammePageIsTheFoldOfEveryRecordBeforeThePositions() {
    String query =
        "?size=2&page=1&partner="
            + URLEncoder.encode(CrewScenario.agency(x), StandardCharsets.UTF_8);
    JsonNode answer = body("/api/programs/manifested" + query);

    assertThat(answer.get("report")).isEqualTo(body("/api/programs" + query));
    assertThat(answer.at("/report/items")).isNotEmpty();
    ReportManifest manifest = JSON.treeToValue(answer.get("manifest"), ReportManifest.class);
    assertThat(manifest.report()).isEqualTo("programs");
    assertThat(manifest.filters()).containsEntry("page", "1").containsEntry("size", "2");

    Outcome outcome = rederive(manifest, tree(answer, "report"));

    assertThat(outcome.verdict()).as(outcome.toString()).isEqualTo(Verdict.MATCH);
  }

  /** verify-report's path: exactly the ranges, from the broker, folded and judged. */
  private Outcome rederive(ReportManifest manifest, Object report) {
    ManifestFold fold = new ManifestFold(manifest.asOf(), new WriterSchemas(codec.ids()));
    Map<TopicPartition, Long> from = new HashMap<>();
    Map<TopicPartition, Long> to = new HashMap<>();
    for (OffsetRange range : manifest.offsets()) {
      from.put(new TopicPartition(range.topic(), range.partition()), range.fromOffset());
      to.put(new TopicPartition(range.topic(), range.partition()), range.toOffset());
    }
    try (LogReader reader =
        new LogReader(broker.getBrokersAsString(), Map.of(), codec).from(from)) {
      reader.readTo(
          to,
          records ->
              records.forEach(
                  r -> {
                    if (r.offset() < to.get(new TopicPartition(r.topic(), r.partition()))) {
                      codec
                          .decodeOn(r.topic(), r.value())
                          .ifPresent(
                              e -> fold.accept(r.topic(), r.partition(), r.offset(), r.value(), e));
                    }
                  }));
    }
    return ReportVerification.judge(manifest, fold, report);
  }

  private JsonNode body(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The JSON (or its member) as a JSON library hands it over: maps, lists, numbers. */
  private static Object tree(JsonNode node, String member) {
    return JSON.treeToValue(member == null ? node : node.get(member), Object.class);
  }
}
