package org.crewtraining.demo.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Just enough of program- and enrollment-service for the runner: each programme is "not yet
 * published" on its first look-up and refuses its first enrolment with program-not-open, and the
 * first participant registration meets a 503, as happens while Kafka and the services warm up.
 */
final class FakeServices implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final HttpServer program = server();
  final HttpServer enrollment = server();
  final AtomicInteger posts = new AtomicInteger();
  final AtomicInteger completions = new AtomicInteger();
  final AtomicInteger sessions = new AtomicInteger();
  final AtomicInteger rules = new AtomicInteger();
  final AtomicInteger evaluations = new AtomicInteger();
  final AtomicInteger overrides = new AtomicInteger();
  final AtomicInteger attendanceEntries = new AtomicInteger();

  /** Every Authorization header value the runner sent to either service. */
  final java.util.Set<String> authorizations = ConcurrentHashMap.newKeySet();

  final Map<String, AtomicInteger> seatsTaken = new ConcurrentHashMap<>();
  private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
  private final Map<String, Integer> capacity = new ConcurrentHashMap<>();

  /** Title of each programme created, by id. */
  final Map<String, String> titles = new ConcurrentHashMap<>();

  final FakeSelections selections = new FakeSelections(capacity);
  private final Map<String, AtomicInteger> looks = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger registrations = new AtomicInteger();
  private volatile String listing = "{\"items\":[]}";

  FakeServices() {
    program.createContext("/", this::program);
    enrollment.createContext("/", this::enrollment);
    program.start();
    enrollment.start();
  }

  String programUrl() {
    return "http://127.0.0.1:" + program.getAddress().getPort();
  }

  String enrollmentUrl() {
    return "http://127.0.0.1:" + enrollment.getAddress().getPort();
  }

  /** What GET /programs answers: the marker programme with the given status. */
  void alreadyHas(String title, String status) {
    listing =
        JSON.writeValueAsString(
            Map.of(
                "items",
                List.of(Map.of("programId", "prg-old", "title", title, "status", status))));
  }

  private void program(HttpExchange x) throws IOException {
    authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
    String path = x.getRequestURI().getPath();
    JsonNode body = body(x);
    if (x.getRequestMethod().equals("GET")) {
      reply(x, 200, path.equals("/programs") ? listing : "{\"status\":\"UP\"}");
      return;
    }
    posts.incrementAndGet();
    if (path.equals("/programs")) {
      String key = x.getRequestHeaders().getFirst("Idempotency-Key");
      String id = idsByKey.computeIfAbsent(key, k -> "prg-" + ids.incrementAndGet());
      capacity.put(id, body.get("capacity").asInt());
      titles.put(id, body.get("title").asString());
      reply(x, 201, "{\"programId\":\"" + id + "\"}");
    } else if (path.endsWith("/sessions")) {
      sessions.incrementAndGet();
      reply(x, 201, "{\"sessionId\":\"ses-" + ids.incrementAndGet() + "\"}");
    } else {
      if (path.endsWith("/completion-rule")) {
        rules.incrementAndGet();
      }
      String id = path.split("/")[2];
      if (path.endsWith("/capacity")) {
        capacity.put(id, body.get("capacity").asInt());
      }
      if (path.endsWith("/admission")) {
        selections.admission(id, body);
      }
      if (path.endsWith("/publish")) {
        selections.published(id);
      }
      reply(x, 200, "{\"programId\":\"" + id + "\"}");
    }
  }

  private void enrollment(HttpExchange x) throws IOException {
    if (!x.getRequestURI().getPath().startsWith("/public/")) {
      authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
    }
    String path = x.getRequestURI().getPath();
    String[] parts = path.split("/");
    if (FakeSelections.handles(path)) {
      selections.handle(x, path, body(x));
      return;
    }
    if (x.getRequestMethod().equals("GET") && path.startsWith("/programs/")) {
      boolean firstLook =
          looks.computeIfAbsent(parts[2], k -> new AtomicInteger()).getAndIncrement() == 0;
      if (firstLook) {
        reply(x, 404, "{\"code\":\"not-found\"}");
      } else {
        reply(x, 200, "{\"status\":\"PUBLISHED\",\"capacity\":" + capacity.get(parts[2]) + "}");
      }
      return;
    }
    if (x.getRequestMethod().equals("GET")) {
      reply(x, 200, "{\"status\":\"UP\"}");
      return;
    }
    posts.incrementAndGet();
    JsonNode body = body(x);
    if (path.equals("/participants")) {
      boolean first = registrations.getAndIncrement() == 0;
      reply(x, first ? 503 : 201, "{\"participantId\":\"ptc-" + ids.incrementAndGet() + "\"}");
    } else if (path.endsWith("/enrollments")) {
      AtomicInteger taken = seatsTaken.computeIfAbsent(parts[2], k -> new AtomicInteger(-1));
      if (taken.compareAndSet(-1, 0)) {
        reply(x, 409, "{\"code\":\"program-not-open\"}");
        return;
      }
      String status = taken.getAndIncrement() < capacity.get(parts[2]) ? "CONFIRMED" : "WAITLISTED";
      reply(
          x,
          201,
          "{\"enrollmentId\":\"enr-" + ids.incrementAndGet() + "\",\"status\":\"" + status + "\"}");
    } else if (path.endsWith("/attendance")) {
      attendanceEntries.addAndGet(body.get("entries").size());
      reply(x, 200, "{}");
    } else if (path.endsWith("/completion/override")) {
      overrides.incrementAndGet();
      reply(x, 200, "{}");
    } else if (path.endsWith("/completion/evaluation")) {
      evaluations.incrementAndGet();
      reply(x, 200, "{\"enrollment\":{\"outcome\":\"COMPLETED\"}}");
    } else {
      if (path.endsWith("/completion")) {
        completions.incrementAndGet();
      }
      reply(x, 200, "{}");
    }
  }

  static JsonNode body(HttpExchange x) throws IOException {
    byte[] bytes = x.getRequestBody().readAllBytes();
    return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
  }

  static void reply(HttpExchange x, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  private static HttpServer server() {
    // Without it Nagle's algorithm meets delayed ACKs: ~40 ms per request (Tomcat sets it too).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    program.stop(0);
    enrollment.stop(0);
  }
}
