package org.crewtraining.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.PartnerScenario.f;
import static org.crewtraining.readmodels.PartnerScenario.k;
import static org.crewtraining.readmodels.PartnerScenario.kn;
import static org.crewtraining.readmodels.PartnerScenario.n;
import static org.crewtraining.readmodels.PartnerScenario.p1;
import static org.crewtraining.readmodels.PartnerScenario.p5;
import static org.crewtraining.readmodels.PartnerScenario.s;
import static org.crewtraining.support.security.CrewRole.AUDITOR;
import static org.crewtraining.support.security.CrewRole.VIEWER;
import static org.crewtraining.support.testing.TestUser.KOCCA_VIEWER;
import static org.crewtraining.support.testing.TestUser.KOFIC_AUDITOR;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.PartnerScenario;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.metrics.MetricsUpdate;
import org.crewtraining.support.testing.AccessMatrix;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of reporting-service × anonymous and each local user (README, Access control), and
 * the partner dimension: which programmes each account sees at each read endpoint. Allowed calls
 * really run (a rebuild starts), so this class gets a context, broker and database of its own; its
 * database holds only {@link PartnerScenario}, so whole answers are compared with the fold.
 */
@TestPropertySource(properties = "spring.kafka.consumer.group-id=reporting-access-matrix")
@DirtiesContext
class ReportingAccessMatrixTest extends IntegrationTestBase {

  private static final List<TestUser> READERS =
      List.of(TestUser.VIEWER, TestUser.AUDITOR, KOCCA_VIEWER, KOFIC_AUDITOR);
  private static final Instant AT = Instant.parse("9999-01-01T00:00:00Z");

  @Autowired ApplicationContext context;
  @Autowired JsonMapper json;

  @Test
  void everyEndpointAnswersEachRoleAsThePolicySays() {
    AccessMatrix.of("reporting-service")
        .sharedEndpoints()
        .allow("GET /api/audit/events", AUDITOR)
        .allow("GET /api/audit/export", AUDITOR)
        .allow("POST /api/admin/rebuilds", AUDITOR)
        .allow("GET /api/admin/rebuilds/{id}", AUDITOR)
        .allow("POST /api/admin/verify", AUDITOR)
        // Rebuild and verify span every partner: not for an auditor bound to one.
        .refuse("POST /api/admin/rebuilds", KOFIC_AUDITOR)
        .refuse("GET /api/admin/rebuilds/{id}", KOFIC_AUDITOR)
        .refuse("POST /api/admin/verify", KOFIC_AUDITOR)
        .allow("GET /api/reports/as-of", AUDITOR)
        .allow("GET /api/reports/as-of/manifested", AUDITOR)
        .refuse("GET /api/reports/as-of/manifested", KOFIC_AUDITOR)
        .allow("GET /api/programs", VIEWER, AUDITOR)
        .allow("GET /api/programs/{programId}", VIEWER, AUDITOR)
        .allow("GET /api/programs/manifested", VIEWER, AUDITOR)
        .refuse("GET /api/programs/manifested", KOCCA_VIEWER, KOFIC_AUDITOR)
        .allow("GET /api/programs/{programId}/attendance", VIEWER, AUDITOR)
        .allow("GET /api/attendance", VIEWER, AUDITOR)
        .allow("GET /api/programs/{programId}/selection", VIEWER, AUDITOR)
        .allow("GET /api/selection", VIEWER, AUDITOR)
        .allow("GET /api/figures/overall", VIEWER, AUDITOR)
        .allow("GET /api/rollups/{dimension}", VIEWER, AUDITOR)
        .allow("GET /api/crew/distinct", VIEWER, AUDITOR)
        .allow("GET /api/crew/distinct/manifested", VIEWER, AUDITOR)
        .refuse("GET /api/crew/distinct/manifested", KOCCA_VIEWER, KOFIC_AUDITOR)
        .allow("GET /api/participants/{participantId}/transcript", VIEWER, AUDITOR)
        .allow("GET /api/completion-metrics", VIEWER, AUDITOR)
        .allow("GET /api/completion-metrics/stream", VIEWER, AUDITOR)
        .allow("GET /api/dashboard/figures", VIEWER, AUDITOR)
        .allow("GET /api/trends/completions", VIEWER, AUDITOR)
        .allow("GET /api/exports/audit/events.{extension}", AUDITOR)
        .allow("GET /api/exports/as-of/{report}.{extension}", AUDITOR)
        .allow("GET /api/exports/as-of/rollups/{dimension}.{extension}", AUDITOR)
        .allow("GET /api/exports/programs.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/figures/overall.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/rollups/{dimension}.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/attendance.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/programs/{programId}/attendance.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/selection.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/selection/quotas.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/crew/distinct.{extension}", VIEWER, AUDITOR)
        .allow(
            "GET /api/exports/participants/{participantId}/transcript.{extension}", VIEWER, AUDITOR)
        .allow("GET /", VIEWER, AUDITOR)
        .allow("GET /dashboard", VIEWER, AUDITOR)
        .allow("GET /dashboard.html", VIEWER, AUDITOR)
        .allow("GET /dashboard.css", VIEWER, AUDITOR)
        .allow("GET /dashboard.js", VIEWER, AUDITOR)
        // The dashboard's scripts and message catalogues (static/dashboard/).
        .allow("GET /dashboard/i18n.js", VIEWER, AUDITOR)
        .allow("GET /dashboard/messages.en.json", VIEWER, AUDITOR)
        .allow("GET /dashboard/messages.ko.json", VIEWER, AUDITOR)
        .allow("GET /dashboard/programs.js", VIEWER, AUDITOR)
        // The dashboard loads ECharts from its WebJar; every WebJar path is as open as the page.
        .allow("GET /webjars/**", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/**", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/*swagger-initializer.js", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/5.32.2/*swagger-initializer.js", VIEWER, AUDITOR)
        .sample("/webjars/**", "/webjars/echarts/dist/echarts.min.js")
        .sample("/api/rollups/{dimension}", "/api/rollups/PARTNER")
        .sample(
            "/api/exports/audit/events.{extension}",
            "/api/exports/audit/events.csv?to=2000-01-01T00:00:00Z")
        .sample(
            "/api/exports/as-of/{report}.{extension}",
            "/api/exports/as-of/overall.csv?at=2000-01-01T00:00:00Z")
        .sample(
            "/api/exports/as-of/rollups/{dimension}.{extension}",
            "/api/exports/as-of/rollups/PARTNER.xlsx?at=2000-01-01T00:00:00Z")
        .sample("/api/exports/programs.{extension}", "/api/exports/programs.xlsx?lang=ko")
        .sample(
            "/api/exports/programs/{programId}/attendance.{extension}",
            "/api/exports/programs/sample-id/attendance.csv")
        .sample(
            "/api/exports/participants/{participantId}/transcript.{extension}",
            "/api/exports/participants/sample-id/transcript.xlsx")
        .sample("/api/exports/figures/overall.{extension}", "/api/exports/figures/overall.csv")
        .sample("/api/exports/rollups/{dimension}.{extension}", "/api/exports/rollups/TRACK.csv")
        .sample("/api/exports/attendance.{extension}", "/api/exports/attendance.csv")
        .sample("/api/exports/selection.{extension}", "/api/exports/selection.csv")
        .sample("/api/exports/selection/quotas.{extension}", "/api/exports/selection/quotas.csv")
        .sample("/api/exports/crew/distinct.{extension}", "/api/exports/crew/distinct.csv")
        .sample("/api/reports/as-of", "/api/reports/as-of?at=2024-12-31T23:59:59Z")
        .sample(
            "/api/reports/as-of/manifested",
            "/api/reports/as-of/manifested?at=2024-12-31T23:59:59Z")
        .verify(context, port);
  }

  /**
   * The partner dimension as a table: for each reader (bound to KOCCA, to KOFIC, to nobody) and
   * each read endpoint, the programmes it sees and the answer, which must be the fold's read model
   * of those programmes alone ({@link ReportingState#ofPartners}). A programme outside the scope is
   * 404 like an unknown one; a partner filter outside it matches nothing.
   */
  @Test
  void eachAccountSeesOnlyItsPartnersProgrammesEverywhere() {
    String x = newPrefix();
    List<SpecificRecord> events = PartnerScenario.events(x);
    publish(events);
    ReportingState folded = ProjectionFold.fold(events);
    ReadModels.programs(folded).forEach(this::awaitProgramme);
    StringBuilder table = new StringBuilder("\nPartner scope of reporting-service\n");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              table.setLength(table.indexOf("\n", 1) + 1);
              for (TestUser user : READERS) {
                checkReader(x, events, folded, user, table);
              }
            });
    System.out.println(table);
  }

  private void checkReader(
      String x,
      List<SpecificRecord> events,
      ReportingState folded,
      TestUser user,
      StringBuilder table) {
    ReportingState seen = user.partners().isEmpty() ? folded : folded.ofPartners(user.partners());
    Set<String> visible = PartnerScenario.visible(x, user.partners());
    assertThat(seen.programs().keySet()).isEqualTo(visible);
    String who = user.username();

    assertThat(items(ok(user, "/api/programs?size=500"), "items"))
        .as(who)
        .isEqualTo(tree(ReadModels.programs(seen)));
    for (String id : List.of(k(x), kn(x), f(x), n(x), s(x))) {
      for (String path : List.of("", "/attendance", "/selection")) {
        int status = Http.get(port, "/api/programs/" + id + path, user).statusCode();
        assertThat(status).as(who + " " + id + path).isEqualTo(visible.contains(id) ? 200 : 404);
      }
    }
    assertThat(tree(ok(user, "/api/attendance"))).isEqualTo(tree(ReadModels.attendance(seen)));
    assertThat(tree(ok(user, "/api/selection"))).isEqualTo(tree(ReadModels.selection(seen)));
    assertThat(tree(ok(user, "/api/figures/overall"))).isEqualTo(tree(ReadModels.overall(seen)));
    for (Dimension dimension : Dimension.values()) {
      assertThat(items(ok(user, "/api/rollups/" + dimension), "items"))
          .as(who + " " + dimension)
          .isEqualTo(tree(ReadModels.rollup(seen, dimension)));
    }
    assertThat(tree(ok(user, "/api/crew/distinct")))
        .isEqualTo(tree(DistinctCrew.of(seen, CrewFilter.ANY)));
    for (String participant : List.of(p1(x), p5(x))) {
      var expected = ReadModels.transcript(seen, participant);
      HttpResponse<String> transcript =
          Http.get(port, "/api/participants/" + participant + "/transcript", user);
      assertThat(transcript.statusCode()).as(who).isEqualTo(expected.isPresent() ? 200 : 404);
      expected.ifPresent(t -> assertThat(tree(transcript.body())).isEqualTo(tree(t)));
    }
    JsonNode metrics = tree(ok(user, "/api/completion-metrics"));
    assertThat(ids(metrics.get("programs"))).as(who).isEqualTo(visible);
    assertThat(metrics.get("overall"))
        .isEqualTo(tree(MetricsUpdate.Completion.class, ReadModels.overall(seen)));
    assertThat(firstColumn(ok(user, "/api/exports/programs.csv")))
        .as(who + " programmes export")
        .isEqualTo(ids(tree(ReadModels.programs(seen))));
    assertThat(tree(ok(user, "/api/dashboard/figures")).get("figures"))
        .as(who + " dashboard")
        .isEqualTo(tree(ReadModels.overall(seen)));
    // A manifest is derived again from the whole log, unscoped: only for accounts bound to nobody.
    for (String manifested : List.of("/api/programs/manifested", "/api/crew/distinct/manifested")) {
      assertThat(Http.get(port, manifested, user).statusCode())
          .as(who + " " + manifested)
          .isEqualTo(user.partners().isEmpty() ? 200 : 403);
    }
    // A partner filter outside the scope matches nothing (never a 403 that confirms the partner).
    String outside = user == KOCCA_VIEWER ? "KOFIC" : "KOCCA";
    if (!user.partners().isEmpty()) {
      assertThat(items(ok(user, "/api/programs?partner=" + outside), "items")).isEmpty();
      assertThat(
              tree(ok(user, "/api/crew/distinct?partner=" + outside)).get("participants").asLong())
          .isZero();
    }
    table.append(String.format("%-14s sees %s%n", who, new TreeSet<>(visible)));
    if (user.roles().contains(AUDITOR)) {
      checkAuditor(x, events, seen, user, visible, table);
    }
  }

  /** The as-of report and the audit trail and export: only events of visible programmes. */
  private void checkAuditor(
      String x,
      List<SpecificRecord> events,
      ReportingState seen,
      TestUser user,
      Set<String> visible,
      StringBuilder table) {
    long visibleEvents =
        events.stream().filter(e -> visible.contains(EventType.of(e).keyOf(e))).count();
    assertThat(tree(ok(user, "/api/reports/as-of?at=" + AT)))
        .isEqualTo(tree(AsOfReport.of(AT, visibleEvents, seen)));
    List<String> trail = new ArrayList<>();
    tree(ok(user, "/api/audit/events?size=1000"))
        .get("items")
        .forEach(e -> trail.add(programId(e)));
    List<String> export = new ArrayList<>();
    ok(user, "/api/audit/export").lines().forEach(line -> export.add(programId(tree(line))));
    Set<String> trailIds = new TreeSet<>(trail.stream().filter(id -> id != null).toList());
    assertThat(trailIds).as(user.username()).isEqualTo(visible);
    assertThat(trail.stream().filter(id -> id != null && id.startsWith(x)).count())
        .isEqualTo(visibleEvents);
    assertThat(export).as("export").isEqualTo(trail);
    if (!user.partners().isEmpty()) {
      assertThat(trail).as("events without a programme").doesNotContainNull();
    }
    table.append(String.format("%-14s audit trail: %d events of %s%n", "", trail.size(), trailIds));
  }

  private String ok(TestUser user, String path) {
    HttpResponse<String> response = Http.get(port, path, user);
    assertThat(response.statusCode()).as(user.username() + " " + path).isEqualTo(200);
    return response.body();
  }

  private JsonNode tree(String body) {
    return json.readTree(body);
  }

  private JsonNode tree(Object value) {
    return json.readTree(json.writeValueAsString(value));
  }

  private JsonNode tree(
      Class<MetricsUpdate.Completion> type, org.crewtraining.readmodels.Figures f) {
    return tree(
        new MetricsUpdate.Completion(
            f.enrolled(), f.completed(), f.notCompleted(), f.completionRate()));
  }

  private JsonNode items(String body, String field) {
    return tree(body).get(field);
  }

  private static String programId(JsonNode event) {
    JsonNode id = event.get("programId");
    return id == null || id.isNull() ? null : id.asString();
  }

  /** The first cell of every data row of a CSV export (ids: never quoted). */
  private static Set<String> firstColumn(String csv) {
    return csv.lines().skip(1).map(line -> line.split(",", 2)[0]).collect(Collectors.toSet());
  }

  private static Set<String> ids(JsonNode programmes) {
    Set<String> ids = new TreeSet<>();
    programmes.forEach(p -> ids.add(p.get("programId").asString()));
    return ids;
  }
}
