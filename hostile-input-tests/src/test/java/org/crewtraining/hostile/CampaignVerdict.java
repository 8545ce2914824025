package org.crewtraining.hostile;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.projection.ProjectionStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the whole campaign against the one running system: the bus carries none of the notes or
 * personal data sent, reporting-service's verify finds no difference between its read models and a
 * fold of the log, a rebuild from the log gives exactly the live read models, and the table of
 * every class holds its zeros.
 */
final class CampaignVerdict {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final Services services;
  private final Ledger ledger;
  private final Secrets secrets;
  private final StringBuilder report = new StringBuilder();

  CampaignVerdict(Services services, Ledger ledger, Secrets secrets) {
    this.services = services;
    this.ledger = ledger;
    this.secrets = secrets;
  }

  void deliver() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    SystemState.settle(services);
    awaitEverythingPublished();
    JsonNode verified = awaitVerifyCaughtUp();

    BusScan bus = BusScan.of(services.bootstrapServers());
    List<BusScan.Leak> leaks = bus.find(secrets.needles());
    ledger.busLeaks(AttackClass.REASON_CODES, leaks.size());

    ProjectionStore store = services.reporting.getBean(ProjectionStore.class);
    ReportingState live = store.loadAll();
    JsonNode rebuild = rebuild();
    ReportingState rebuilt = store.loadAll();
    JsonNode verifiedAfterRebuild = verify();

    report
        .append("Hostile-input campaign against one running system (program-, enrollment- and")
        .append(" reporting-service, one broker, PostgreSQL)\n")
        .append(ledger.table())
        .append(
            String.format(
                "bus scan: %d records on every topic, %d texts looked for, %d found%n",
                bus.records(), secrets.size(), leaks.size()));
    leaks.stream().limit(20).forEach(l -> report.append("  leak: ").append(l).append('\n'));
    report.append(
        String.format(
            "verify: %d events folded, %d differences%n",
            verified.path("eventsFolded").asLong(), verified.path("differences").size()));
    verified
        .path("differences")
        .forEach(d -> report.append("  difference: ").append(d).append('\n'));
    report.append(
        String.format(
            "rebuild: %s, %d events applied; rebuilt read models %s the live ones (%d programmes,"
                + " %d enrollments); verify after it: %d differences%n",
            rebuild.path("phase").asString(),
            rebuild.path("eventsApplied").asLong(),
            rebuilt.equals(live) ? "equal" : "DIFFER FROM",
            live.programs().size(),
            live.enrollments().size(),
            verifiedAfterRebuild.path("differences").size()));
    System.out.print(report);
    Path out = Path.of("target", "hostile-campaign.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);

    for (AttackClass c : AttackClass.values()) {
      Ledger.Figures f = ledger.of(c);
      soft.assertThat(f.server5xx).as(c.label + ": 5xx").isZero();
      soft.assertThat(f.other4xx).as(c.label + ": refusals that are not problem+json").isZero();
      soft.assertThat(f.rowsChanged).as(c.label + ": rows changed by rejected requests").isZero();
      soft.assertThat(f.eventsWritten).as(c.label + ": events for rejected requests").isZero();
      soft.assertThat(f.busLeaks).as(c.label + ": notes or personal data on the bus").isZero();
    }
    soft.assertThat(verified.path("differences").size()).as("verify differences").isZero();
    soft.assertThat(rebuild.path("phase").asString()).as("rebuild").isEqualTo("DONE");
    soft.assertThat(rebuilt).as("rebuilt read models = live read models").isEqualTo(live);
    soft.assertThat(verifiedAfterRebuild.path("differences").size())
        .as("verify differences after the rebuild")
        .isZero();
    soft.assertAll();
  }

  /** Every outbox row is on the broker: the scan and the fold see everything written. */
  private void awaitEverythingPublished() {
    String unsent = "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL";
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Services.count(services.programDb, unsent) == 0
                    && Services.count(services.enrollmentDb, unsent) == 0);
  }

  private JsonNode awaitVerifyCaughtUp() {
    JsonNode[] last = {null};
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] = verify();
              return last[0].path("eventsNotYetApplied").asLong() == 0;
            });
    return last[0];
  }

  private JsonNode verify() {
    Services.Response verify =
        services.send("POST", services.reportingUrl + "/api/admin/verify", "", Fixtures.JSON);
    if (verify.status() != 200) {
      throw new IllegalStateException("verify: " + verify.describe());
    }
    return JSON.readTree(verify.body());
  }

  private JsonNode rebuild() {
    Services.Response started =
        services.send(
            "POST", services.reportingUrl + "/api/admin/rebuilds", "", Fixtures.JSON, Map.of());
    if (started.status() != 202) {
      throw new IllegalStateException("rebuild: " + started.describe());
    }
    String id = started.text("id");
    JsonNode[] last = {null};
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              Services.Response status =
                  services.send(
                      "GET", services.reportingUrl + "/api/admin/rebuilds/" + id, null, null);
              last[0] = JSON.readTree(status.body());
              String phase = last[0].path("phase").asString();
              return phase.equals("DONE") || phase.equals("FAILED");
            });
    return last[0];
  }
}
