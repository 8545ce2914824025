package org.crewtraining.readmodels.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.readmodels.SelectionScenario;
import org.crewtraining.readmodels.SessionScenario;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link FoldVersion}: the canonical as-of reports of every scenario (the whole history, and
 * the crew scenario's crew over 2022-2024), hashed. A change to the fold or to a report that
 * changes any of them fails here; then bump {@link FoldVersion#ID} and put the new digest printed
 * below in {@link FoldVersion#BEHAVIOUR_DIGEST}, together: manifests of the old fold are then
 * refused by the new verify-report instead of reported as tampered.
 */
class FoldVersionTest {

  private static final Instant END = Instant.parse("9999-12-31T23:59:59.999Z");

  @Test
  void theFoldsBehaviourIsTheOnePinnedToItsVersion() {
    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put("scenarios", report(Scenarios.all("fv"), CrewFilter.ANY));
    reports.put("sessions", report(SessionScenario.all("fv"), CrewFilter.ANY));
    reports.put("selection", report(SelectionScenario.all("fv"), CrewFilter.ANY));
    reports.put("crew", report(CrewScenario.events("fv"), CrewFilter.ANY.years(2022, 2024)));

    String digest = ReportDigest.of(CanonicalReport.json(reports)).value();

    assertThat(digest)
        .as(
            "The fold's reports changed. If that is meant, change FoldVersion.ID and set"
                + " FoldVersion.BEHAVIOUR_DIGEST to %s",
            digest)
        .isEqualTo(FoldVersion.BEHAVIOUR_DIGEST);
  }

  private static AsOfReport report(List<SpecificRecord> events, CrewFilter crew) {
    Replay replay = Replay.asOf(END);
    events.forEach(replay::accept);
    return AsOfReport.of(END, replay.applied(), replay.state(), crew);
  }
}
