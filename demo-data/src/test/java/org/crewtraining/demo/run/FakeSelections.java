package org.crewtraining.demo.run;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application and selection endpoints of {@link FakeServices}, as the shared API describes
 * them: the window is enforced (applications-closed after it, applications-still-open for a
 * selection before it), each programme's first application meets program-not-open, a selection
 * offers the best-scored shortlisted applications one seat each (no quotas here) and keeps the rest
 * as the reserve in rank order, a decline offers the seat to the reserve's head, and an answer with
 * someone else's code is refused. Synchronised: one small lock is simpler than racing maps.
 */
final class FakeSelections {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One application: what the runner sent and where the fake flow has taken it. */
  static final class App {
    final String id;
    final String programId;
    final String participantId;
    final JsonNode answers;
    String status = "SUBMITTED";
    JsonNode review;
    String offerCode;

    App(String id, String programId, String participantId, JsonNode answers) {
      this.id = id;
      this.programId = programId;
      this.participantId = participantId;
      this.answers = answers;
    }

    int score() {
      return review == null ? 0 : review.path("score").asInt();
    }
  }

  /** Per programme: the steps in the order they arrived (admission, publish, apply, ...). */
  final Map<String, List<String>> steps = new ConcurrentHashMap<>();

  final Map<String, JsonNode> admissions = new ConcurrentHashMap<>();
  final Map<String, Instant> admittedAt = new ConcurrentHashMap<>();
  final AtomicInteger wrongCodes = new AtomicInteger();
  final AtomicInteger signedInAnswers = new AtomicInteger();
  final AtomicInteger reserveOffers = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();

  private final Map<String, App> apps = new LinkedHashMap<>();
  private final Map<String, String> byKey = new ConcurrentHashMap<>();
  private final Map<String, Deque<App>> reserve = new ConcurrentHashMap<>();
  private final Set<String> seenApply = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> capacity;
  private final AtomicInteger ids = new AtomicInteger();

  FakeSelections(Map<String, Integer> capacity) {
    this.capacity = capacity;
  }

  void admission(String programId, JsonNode body) {
    admissions.put(programId, body);
    admittedAt.put(programId, Instant.now());
    step(programId, "admission");
  }

  void published(String programId) {
    if (admissions.containsKey(programId)) {
      step(programId, "publish");
    }
  }

  /** Applications of one programme in submission order. */
  synchronized List<App> applications(String programId) {
    return apps.values().stream().filter(a -> a.programId.equals(programId)).toList();
  }

  static boolean handles(String path) {
    return path.startsWith("/applications/")
        || path.startsWith("/public/offers/")
        || path.matches("/programs/[^/]+/(applications|selection-runs.*)");
  }

  synchronized void handle(HttpExchange x, String path, JsonNode body) throws IOException {
    String method = x.getRequestMethod();
    String[] parts = path.split("/");
    if (path.startsWith("/public/offers/")) {
      answer(x, apps.get(parts[3]), parts[4], body);
    } else if (path.startsWith("/applications/")) {
      App app = apps.get(parts[2]);
      if (method.equals("PUT")) {
        app.review = body;
        app.status = body.path("decision").asString();
        step(app.programId, "review");
      }
      FakeServices.reply(x, 200, JSON.writeValueAsString(view(app, true)));
    } else if (path.endsWith("/applications") && method.equals("GET")) {
      String status = x.getRequestURI().getQuery().replace("status=", "");
      List<Map<String, Object>> list = new ArrayList<>();
      for (App app : applications(parts[2])) {
        if (app.status.equals(status)) {
          list.add(view(app, false));
        }
      }
      FakeServices.reply(x, 200, JSON.writeValueAsString(list));
    } else if (path.endsWith("/applications")) {
      apply(x, parts[2], body);
    } else if (path.endsWith("/selection-runs")) {
      if (Instant.now().isBefore(closesAt(parts[2]))) {
        refused.incrementAndGet();
        FakeServices.reply(x, 409, "{\"code\":\"applications-still-open\"}");
        return;
      }
      step(parts[2], "selection-run");
      FakeServices.reply(x, 201, "{\"selectionId\":\"sel-" + parts[2] + "\"}");
    } else {
      confirm(parts[2]);
      FakeServices.reply(x, 200, "{\"selectionId\":\"sel-" + parts[2] + "\"}");
    }
  }

  private void apply(HttpExchange x, String programId, JsonNode body) throws IOException {
    if (seenApply.add(programId)) {
      FakeServices.reply(x, 409, "{\"code\":\"program-not-open\"}");
      return;
    }
    if (!Instant.now().isBefore(closesAt(programId))) {
      refused.incrementAndGet();
      FakeServices.reply(x, 409, "{\"code\":\"applications-closed\"}");
      return;
    }
    String key = x.getRequestHeaders().getFirst("Idempotency-Key");
    String id = byKey.computeIfAbsent(key, k -> "app-" + ids.incrementAndGet());
    if (!apps.containsKey(id)) {
      apps.put(
          id, new App(id, programId, body.path("participantId").asString(), body.get("answers")));
      step(programId, "apply");
    }
    FakeServices.reply(x, 201, JSON.writeValueAsString(view(apps.get(id), true)));
  }

  /** The best-scored shortlisted get a seat each; the others wait in rank order. */
  private void confirm(String programId) {
    step(programId, "confirmation");
    List<App> ranked =
        applications(programId).stream()
            .filter(a -> a.status.equals("SHORTLISTED"))
            .sorted(Comparator.comparing(a -> -a.score()))
            .toList();
    int seats = capacity.get(programId);
    Deque<App> waiting = new ArrayDeque<>();
    for (int i = 0; i < ranked.size(); i++) {
      if (i < seats) {
        offer(ranked.get(i));
      } else {
        ranked.get(i).status = "RESERVE";
        waiting.add(ranked.get(i));
      }
    }
    reserve.put(programId, waiting);
  }

  private void answer(HttpExchange x, App app, String what, JsonNode body) throws IOException {
    if (x.getRequestHeaders().getFirst("Authorization") != null) {
      signedInAnswers.incrementAndGet();
    }
    if (!app.offerCode.equals(body.path("offerCode").asString())) {
      wrongCodes.incrementAndGet();
      FakeServices.reply(x, 403, "{\"code\":\"offer-code-invalid\"}");
      return;
    }
    if (!app.status.equals("OFFERED")) {
      FakeServices.reply(x, 409, "{\"code\":\"offer-answered\"}");
      return;
    }
    step(app.programId, "answer");
    if (what.equals("acceptance")) {
      app.status = "ACCEPTED";
    } else {
      app.status = "DECLINED";
      App next = reserve.get(app.programId).poll();
      if (next != null) {
        offer(next);
        reserveOffers.incrementAndGet();
      }
    }
    FakeServices.reply(x, 200, JSON.writeValueAsString(view(app, true)));
  }

  private void offer(App app) {
    app.status = "OFFERED";
    app.offerCode = "CODE" + app.id.toUpperCase() + ids.incrementAndGet();
  }

  private Instant closesAt(String programId) {
    return OffsetDateTime.parse(admissions.get(programId).path("applicationsCloseAt").asString())
        .toInstant();
  }

  /** As a registrar reads it; the offer (with its code) only on the single application. */
  private static Map<String, Object> view(App app, boolean withOffer) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("applicationId", app.id);
    view.put("programId", app.programId);
    view.put("status", app.status);
    if (withOffer && app.offerCode != null) {
      view.put("offer", Map.of("offerCode", app.offerCode, "expiresAt", "2027-01-01T00:00:00Z"));
    }
    return view;
  }

  private void step(String programId, String step) {
    steps.computeIfAbsent(programId, k -> new CopyOnWriteArrayList<>()).add(step);
  }
}
