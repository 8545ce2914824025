package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;
import static org.crewtraining.demo.run.ProgramScript.expect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crewtraining.demo.plan.OfferAnswer;
import org.crewtraining.demo.plan.PlannedSelection;
import tools.jackson.databind.JsonNode;

/**
 * The applicants' side of a confirmed selection: each offer answered with its own code (which the
 * office sends them; the runner reads it as a registrar), without login, as the plan says.
 */
class OfferRounds {

  private final ApiClient api;
  private final RunSettings settings;
  private final RunStats stats;
  private final PlannedSelection plan;

  OfferRounds(ApiClient api, RunSettings settings, RunStats stats, PlannedSelection plan) {
    this.api = api;
    this.settings = settings;
    this.stats = stats;
    this.plan = plan;
  }

  /**
   * Rounds: every offer not seen before is answered as its applicant plans (or left, if they never
   * answer). A decline offers the seat to the next reserve applicant, whom the next round sees; a
   * round without a new offer ends it.
   */
  void answer(String programId, String[] applicationIds) {
    Map<String, Integer> planned = new HashMap<>();
    for (int i = 0; i < applicationIds.length; i++) {
      if (applicationIds[i] != null) {
        planned.put(applicationIds[i], i);
      }
    }
    Set<String> seen = new HashSet<>();
    while (true) {
      List<String> fresh = new ArrayList<>();
      for (String id : offered(programId)) {
        if (seen.add(id)) {
          fresh.add(id);
        }
      }
      if (fresh.isEmpty()) {
        return;
      }
      for (String applicationId : fresh) {
        Integer index = planned.get(applicationId);
        if (index == null || !plan.applications().get(index).shortlisted()) {
          stats.unexpected.incrementAndGet(); // not an application the plan shortlisted
          continue;
        }
        send(applicationId, plan.applications().get(index).answer());
      }
    }
  }

  private List<String> offered(String programId) {
    JsonNode list =
        expect(
                api.get(
                    settings.enrollment("/programs/" + programId + "/applications?status=OFFERED")),
                "offered applications")
            .body();
    List<String> ids = new ArrayList<>();
    for (JsonNode application : list.isArray() ? list : list.path("items")) {
      ids.add(application.path("applicationId").asString());
    }
    return ids;
  }

  /** With the offer's own code, read as a registrar; the answer itself is sent without login. */
  private void send(String applicationId, OfferAnswer answer) {
    if (answer == OfferAnswer.NONE) {
      return;
    }
    JsonNode application =
        expect(
                api.get(settings.enrollment("/applications/" + applicationId)),
                "read offered application")
            .body();
    JsonNode code = application.path("offer").path("offerCode");
    if (code.isMissingNode() || code.isNull()) {
      throw new ApiException("offered application " + applicationId + " shows no offerCode");
    }
    String step = answer == OfferAnswer.ACCEPT ? "acceptance" : "decline";
    expect(
        api.sendAnonymous(
            "POST",
            settings.enrollment("/public/offers/" + applicationId + "/" + step),
            fields("offerCode", code.asString())),
        "offer " + step);
    (answer == OfferAnswer.ACCEPT ? stats.offersAccepted : stats.offersDeclined).incrementAndGet();
  }
}
