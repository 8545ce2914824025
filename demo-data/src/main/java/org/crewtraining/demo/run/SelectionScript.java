package org.crewtraining.demo.run;

import static org.crewtraining.demo.run.ApiClient.fields;
import static org.crewtraining.demo.run.ProgramScript.expect;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.crewtraining.demo.plan.PlannedApplication;
import org.crewtraining.demo.plan.PlannedQuota;
import org.crewtraining.demo.plan.PlannedReview;
import org.crewtraining.demo.plan.PlannedSelection;
import org.crewtraining.demo.plan.Question;

/**
 * Plays a programme that selects by application: created with its sessions and rule, its admission
 * set while DRAFT (applications open since a week; closing after the run's short window, or in 30
 * days), published; every planned applicant applies and the reviews are entered. For the one that
 * selects during the run: once the window closed, a selection is proposed and confirmed, and the
 * offers are answered with their codes, in rounds, as each applicant plans, until a round brings no
 * new offer (a decline offers the seat to the reserve inside enrollment-service).
 */
class SelectionScript {

  /** Admission instants are written in Seoul time, as program-service answers them. */
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** Seconds always written (ISO-8601 would drop ":00"), e.g. 2027-03-01T09:00:00+09:00. */
  private static final DateTimeFormatter SECONDS_AND_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private static final Duration OPENED_BEFORE = Duration.ofDays(7);
  private static final Duration STAYS_OPEN = Duration.ofDays(30);

  /** enrollment-service has not consumed ProgramPublished yet. */
  private static final Set<String> NOT_YET_OPEN = Set.of("program-not-open", "not-found");

  /** The services' clocks may run a little behind ours. */
  private static final Set<String> STILL_OPEN = Set.of("applications-still-open");

  private final PlannedSelection plan;
  private final ProgramScript programme;
  private final ApiClient api;
  private final RunSettings settings;
  private final RunStats stats;
  private final AtomicReferenceArray<String> participantIds;
  private final String[] applicationIds;
  private volatile Instant closesAt;

  SelectionScript(
      PlannedSelection plan,
      ApiClient api,
      RunSettings settings,
      RunStats stats,
      AtomicReferenceArray<String> participantIds) {
    this.plan = plan;
    this.programme = new ProgramScript(plan.programme(), api, settings, stats, participantIds);
    this.api = api;
    this.settings = settings;
    this.stats = stats;
    this.participantIds = participantIds;
    this.applicationIds = new String[plan.applications().size()];
  }

  PlannedSelection plan() {
    return plan;
  }

  void play() {
    programme.createAndPublish(this::setAdmission);
    programme.awaitOpen();
    applyAll();
    reviewAll();
    if (plan.selectsDuringRun()) {
      awaitClose();
      String selectionId = propose();
      ApiResponse confirmed =
          api.send(
              "POST",
              path("/selection-runs/" + selectionId + "/confirmation"),
              null,
              key("selection-confirmation"),
              Set.of());
      // Confirmed already: a retry whose first attempt got through.
      if (!"selection-confirmed".equals(confirmed.problemCode())) {
        expect(confirmed, "confirm selection");
      }
      new OfferRounds(api, settings, stats, plan).answer(programme.programId(), applicationIds);
    }
    stats.programmes.incrementAndGet();
  }

  private void setAdmission(String programId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    closesAt = now.plus(plan.selectsDuringRun() ? settings.applicationWindow() : STAYS_OPEN);
    List<Map<String, Object>> quotas = new ArrayList<>();
    for (PlannedQuota q : plan.quotas()) {
      quotas.add(
          fields(
              "participantType",
              q.participantType() == null ? null : q.participantType().name(),
              "craft",
              q.craft() == null ? null : q.craft().name(),
              "minSeats",
              q.minSeats(),
              "maxSeats",
              q.maxSeats()));
    }
    expect(
        api.send(
            "PUT",
            settings.program("/programs/" + programId + "/admission"),
            fields(
                "mode", "APPLICATION",
                "applicationsOpenAt", seoul(now.minus(OPENED_BEFORE)),
                "applicationsCloseAt", seoul(closesAt),
                "questions", plan.questions().stream().map(Question::name).toList(),
                "quotas", quotas,
                "offerValidityHours", plan.offerValidityHours()),
            key("admission"),
            Set.of()),
        "admission");
  }

  private void applyAll() {
    List<PlannedApplication> applications = plan.applications();
    for (int i = 0; i < applications.size(); i++) {
      PlannedApplication a = applications.get(i);
      String participantId = participantIds.get(a.participant());
      if (participantId == null) {
        continue; // its registration failed and was reported
      }
      Map<String, String> answers = new LinkedHashMap<>();
      a.answers().forEach((question, text) -> answers.put(question.name(), text));
      ApiResponse response =
          api.send(
              "POST",
              path("/applications"),
              fields("participantId", participantId, "answers", answers),
              key("apply:" + i),
              NOT_YET_OPEN);
      // Applied already: an earlier attempt got through; the problem names that application.
      applicationIds[i] =
          "already-applied".equals(response.problemCode())
              ? response.text("applicationId")
              : expect(response, "apply").text("applicationId");
      stats.applications.incrementAndGet();
    }
  }

  /** The same review again is a no-op, so a retried one is harmless. */
  private void reviewAll() {
    List<PlannedApplication> applications = plan.applications();
    for (int i = 0; i < applications.size(); i++) {
      PlannedReview review = applications.get(i).review();
      if (review == null || applicationIds[i] == null) {
        continue;
      }
      expect(
          api.send(
              "PUT",
              settings.enrollment("/applications/" + applicationIds[i] + "/review"),
              fields(
                  "decision", review.decision().name(),
                  "score", review.score(),
                  "reasonCode", review.reasonCode()),
              null,
              Set.of()),
          "review");
      stats.reviews.incrementAndGet();
    }
  }

  /** The runner is a client program: it waits for the window to close, as an office would. */
  private void awaitClose() {
    long wait;
    while ((wait = Duration.between(Instant.now(), closesAt).toMillis()) > 0) {
      ApiClient.pause(Math.min(wait, 1_000));
    }
  }

  private String propose() {
    ApiResponse proposal =
        expect(
            api.send("POST", path("/selection-runs"), null, key("selection-run"), STILL_OPEN),
            "selection run");
    return proposal.text("selectionId");
  }

  private URI path(String suffix) {
    return settings.enrollment("/programs/" + programme.programId() + suffix);
  }

  private String key(String step) {
    return settings.key(plan.programme(), step);
  }

  private static String seoul(Instant instant) {
    return OffsetDateTime.ofInstant(instant, SEOUL).format(SECONDS_AND_OFFSET);
  }
}
