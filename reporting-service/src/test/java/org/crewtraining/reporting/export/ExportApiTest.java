package org.crewtraining.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.readmodels.TestEvents.created;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.report.AuditTrailTable;
import org.crewtraining.readmodels.report.AuditTrailTable.EventRow;
import org.crewtraining.readmodels.report.CrewTables;
import org.crewtraining.readmodels.report.FigureTables;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.readmodels.report.RollupTable;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.audit.AuditFilter;
import org.crewtraining.reporting.audit.AuditStore;
import org.crewtraining.reporting.replay.AsOfReports;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV and XLSX downloads over real Kafka and PostgreSQL: {@link CrewScenario} and a programme whose
 * title needs quoting (comma, quotes, line break, Korean) are produced to the topics; each download
 * must be the report table rendered from what the fold (or the JSON report's query) says, byte for
 * byte for CSV, cell for cell for XLSX.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest extends IntegrationTestBase {

  private static final String AWKWARD_TITLE = "촬영 감독, \"야간\" 촬영\n2부";

  @Autowired AuditStore audit;
  @Autowired AsOfReports asOfReports;

  private String x;
  private ReportingState folded;
  private List<ProgramSummary> agencyProgrammes;

  @BeforeAll
  void applyScenario() {
    x = newPrefix();
    List<SpecificRecord> events = new ArrayList<>(CrewScenario.events(x));
    events.add(
        created(
            x + "-K",
            AWKWARD_TITLE,
            List.of(CrewScenario.agency(x)),
            ProgramFormat.WORKSHOP,
            CraftTrack.CINEMATOGRAPHY,
            2024,
            8));
    publish(events);
    folded = ProjectionFold.fold(events);
    ReadModels.programs(folded).forEach(this::awaitProgramme);
    agencyProgrammes =
        ReadModels.programs(folded).stream()
            .filter(p -> p.partners().contains(CrewScenario.agency(x)))
            .sorted(Comparator.comparing(ProgramSummary::programId))
            .toList();
  }

  @Test
  void programmesAsCsvAreTheFoldsRowsWithABomAndEnglishHeaders() {
    HttpResponse<byte[]> response =
        Downloads.get(port, "/api/exports/programs.csv?partner=" + agency());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''programs.csv");
    assertThat(response.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String body = Downloads.text(response.body());
    assertThat(body)
        .isEqualTo(
            Downloads.csv(FigureTables.PROGRAMS, HeaderLanguage.EN, agencyProgrammes.iterator()))
        .startsWith("\uFEFFProgramme id,Title,Partners,")
        .contains("\"촬영 감독, \"\"야간\"\" 촬영\n2부\"");
    assertThat(agencyProgrammes).hasSize(5);
  }

  @Test
  void programmesAsXlsxHoldTheCsvRowsUnderKoreanHeadersAndAKoreanFileName() {
    HttpResponse<byte[]> response =
        Downloads.get(
            port, "/api/exports/programs.xlsx?lang=ko&cohortYear=2024&partner=" + agency());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename*=UTF-8''" + encoded("프로그램.xlsx"));
    List<ProgramSummary> of2024 =
        agencyProgrammes.stream().filter(p -> p.cohortYear() == 2024).toList();
    assertThat(of2024).extracting(ProgramSummary::title).contains(AWKWARD_TITLE);
    assertThat(Downloads.sheet(response.body(), FigureTables.PROGRAMS.columns().size()))
        .isEqualTo(Downloads.expectedSheet(FigureTables.PROGRAMS, HeaderLanguage.KO, of2024));
  }

  @Test
  void aRollupInBothFormatsIsTheJsonRollupsRows() {
    List<RollupRow> rows = queries.rollup(Dimension.TRACK, null);
    assertThat(rows).extracting(RollupRow::key).contains("VFX", "SOUND", "CINEMATOGRAPHY");

    HttpResponse<byte[]> csv = Downloads.get(port, "/api/exports/rollups/TRACK.csv?lang=ko");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(Downloads.text(csv.body()))
        .isEqualTo(Downloads.csv(RollupTable.ROLLUP, HeaderLanguage.KO, rows.iterator()))
        .startsWith("\uFEFF기준,구분,프로그램 수,");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(encoded("집계-TRACK.csv"));

    HttpResponse<byte[]> xlsx = Downloads.get(port, "/api/exports/rollups/TRACK.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(Downloads.sheet(xlsx.body(), RollupTable.ROLLUP.columns().size()))
        .isEqualTo(Downloads.expectedSheet(RollupTable.ROLLUP, HeaderLanguage.EN, rows));
  }

  @Test
  void theAuditTrailInBothFormatsIsTheTrailsEventsInOrder() {
    String programId = x + "-A";
    List<EventRow> events =
        audit
            .page(
                new AuditFilter(programId, null, null, null, null, null, PartnerScope.UNRESTRICTED),
                null,
                1000)
            .items()
            .stream()
            .map(ExportQueries::row)
            .toList();
    // ProgramCreated and four enrollment events of programme A.
    assertThat(events).hasSize(5);

    HttpResponse<byte[]> csv =
        Downloads.get(
            port, "/api/exports/audit/events.csv?programId=" + programId, TestUser.AUDITOR);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(Downloads.text(csv.body()))
        .isEqualTo(Downloads.csv(AuditTrailTable.EVENTS, HeaderLanguage.EN, events.iterator()));

    HttpResponse<byte[]> xlsx =
        Downloads.get(
            port,
            "/api/exports/audit/events.xlsx?lang=ko&programId=" + programId,
            TestUser.AUDITOR);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(Downloads.sheet(xlsx.body(), AuditTrailTable.EVENTS.columns().size()))
        .isEqualTo(Downloads.expectedSheet(AuditTrailTable.EVENTS, HeaderLanguage.KO, events));

    assertThat(Downloads.get(port, "/api/exports/audit/events.csv", TestUser.VIEWER).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theAsOfReportsTablesAreTheFoldedReportsRows() {
    String at = "2100-01-01T00:00:00Z";
    AsOfReport expected = asOfReports.at(Instant.parse(at));
    assertThat(expected.programs()).extracting(ProgramSummary::programId).contains(x + "-K");

    HttpResponse<byte[]> csv =
        Downloads.get(port, "/api/exports/as-of/programs.csv?at=" + at, TestUser.AUDITOR);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(Downloads.text(csv.body()))
        .isEqualTo(
            Downloads.csv(
                FigureTables.PROGRAMS, HeaderLanguage.EN, expected.programs().iterator()));
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("programs-as-of-2100-01-01T000000Z.csv");

    AsOfReport of2024 =
        asOfReports.report(
            Instant.parse(at), ReportPeriod.years(2024, 2024), PartnerScope.UNRESTRICTED);
    HttpResponse<byte[]> period =
        Downloads.get(
            port,
            "/api/exports/as-of/programs.csv?fromYear=2024&toYear=2024&at=" + at,
            TestUser.AUDITOR);
    assertThat(Downloads.text(period.body()))
        .isEqualTo(
            Downloads.csv(FigureTables.PROGRAMS, HeaderLanguage.EN, of2024.programs().iterator()));
    assertThat(of2024.programs()).extracting(ProgramSummary::cohortYear).containsOnly(2024);

    HttpResponse<byte[]> xlsx =
        Downloads.get(port, "/api/exports/as-of/rollups/TRACK.xlsx?at=" + at, TestUser.AUDITOR);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(Downloads.sheet(xlsx.body(), RollupTable.ROLLUP.columns().size()))
        .isEqualTo(
            Downloads.expectedSheet(
                RollupTable.ROLLUP, HeaderLanguage.EN, expected.rollups().get(Dimension.TRACK)));
  }

  @Test
  void distinctCrewIsTheFoldsCountOverTheSameFilter() {
    CrewFilter filter = new CrewFilter(2022, 2024, CrewScenario.agency(x), null, null, null);
    HttpResponse<byte[]> csv =
        Downloads.get(
            port, "/api/exports/crew/distinct.csv?fromYear=2022&toYear=2024&partner=" + agency());
    assertThat(Downloads.text(csv.body()))
        .isEqualTo(
            Downloads.csv(
                CrewTables.DISTINCT,
                HeaderLanguage.EN,
                List.of(DistinctCrew.of(folded, filter)).iterator()))
        .endsWith("\r\n2022,2024," + CrewScenario.agency(x) + ",,,,3,2\r\n");
  }

  @Test
  void unknownIdsAre404() {
    assertThat(
            Downloads.get(port, "/api/exports/programs/" + x + "-none/attendance.csv").statusCode())
        .isEqualTo(404);
    assertThat(
            Downloads.get(port, "/api/exports/participants/" + x + "-none/transcript.xlsx")
                .statusCode())
        .isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/exports/programs.pdf, extension",
    "/api/exports/programs.csv?lang=fr, lang",
    "/api/exports/programs.csv?format=LECTURE, format",
    "/api/exports/programs.xlsx?status=OPEN, status",
    "/api/exports/programs.csv?cohortYear=twenty, cohortYear",
    "/api/exports/rollups/COLOUR.csv, dimension",
    "/api/exports/rollups/TRACK.json, extension",
    "/api/exports/crew/distinct.csv?fromYear=2024&toYear=2022, toYear",
    "/api/exports/crew/distinct.xlsx?participantType=ALIEN, participantType",
    "/api/exports/figures/overall.txt, extension",
    "/api/exports/audit/events.csv?from=yesterday, from",
    "/api/exports/as-of/figures.csv?at=2024-01-01T00:00:00Z, report",
    "/api/exports/as-of/overall.csv?at=soon, at",
    "/api/exports/as-of/programs.csv?fromYear=2024&toYear=2023, toYear",
    "/api/exports/as-of/rollups/TRACK.csv?from=2024-02-01&to=2024-01-01, to"
  })
  void badParametersAre400NamingTheParameter(String path, String parameter) {
    HttpResponse<byte[]> response = Downloads.get(port, path);
    String body = Downloads.text(response.body());
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(body, "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  private String agency() {
    return encoded(CrewScenario.agency(x));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
