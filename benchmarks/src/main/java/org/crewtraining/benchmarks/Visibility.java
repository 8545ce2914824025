package org.crewtraining.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Watches reporting-service's figures from outside, two ways: polling the read model ({@code
 * /api/figures/overall}, every {@code pollMs}) and listening to the SSE stream. Each keeps (time,
 * enrolled, completed) whenever a count changes. Reporting folds in offset order, so the n-th
 * request (by due time) of a kind is taken as visible when the count first reached base + n; for
 * requests that overtake each other that is approximate to within their reordering. The poll goes
 * through the load generator's client ({@link LoadClient}), the one SSE connection through the
 * JDK's.
 */
final class Visibility {

  /** {nanoTime, enrolled, completed} */
  final List<long[]> polled = new ArrayList<>();

  final List<long[]> streamed = new ArrayList<>();
  private final Http http;
  private final LoadClient poller;
  private final int pollMs;
  private final String tracked;
  private volatile boolean running = true;

  Visibility(Http http, LoadClient poller, int pollMs, String tracked) {
    this.http = http;
    this.poller = poller;
    this.tracked = tracked;
    this.pollMs = pollMs;
  }

  void start() {
    daemon("poll-read-model", this::poll);
    daemon("sse", this::listen);
  }

  void stop() {
    running = false;
  }

  private void poll() {
    while (running) {
      try {
        String json = poller.get(BenchSetup.REPORTING + "/api/programs/" + tracked);
        add(polled, json);
        Thread.sleep(pollMs);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // keep polling; a failed poll only lowers resolution
      }
    }
  }

  private void listen() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BenchSetup.REPORTING + "/api/completion-metrics/stream"))
            .header("Authorization", Http.AUTHORIZATION)
            .header("Accept", "text/event-stream")
            .build();
    try {
      HttpResponse<Stream<String>> response =
          http.client.send(request, HttpResponse.BodyHandlers.ofLines());
      response
          .body()
          .takeWhile(line -> running)
          .filter(line -> line.startsWith("data:"))
          .forEach(line -> add(streamed, line));
    } catch (Exception e) {
      System.err.println("SSE stream ended: " + e);
    }
  }

  private static void add(List<long[]> samples, String json) {
    long now = System.nanoTime();
    long enrolled = Long.parseLong(Http.field(json, "enrolled"));
    long completed = Long.parseLong(Http.field(json, "completed"));
    synchronized (samples) {
      long[] last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
      if (last == null || last[1] != enrolled || last[2] != completed) {
        samples.add(new long[] {now, enrolled, completed});
      }
    }
  }

  /** Latest count (column 1 enrolled, 2 completed) in the samples, -1 if none yet. */
  static long latest(List<long[]> samples, int column) {
    synchronized (samples) {
      return samples.isEmpty() ? -1 : samples.get(samples.size() - 1)[column];
    }
  }

  /**
   * Start-to-visible latency of each request: the n-th start time (due or answered) against the
   * first sample whose count reached base + n. Requests never seen are counted in {@code
   * missing[0]}.
   */
  static Histogram latencies(
      List<long[]> samples, int column, long base, List<Long> starts, int[] missing) {
    List<Long> sorted = new ArrayList<>(starts);
    sorted.sort(null);
    List<long[]> copy;
    synchronized (samples) {
      copy = new ArrayList<>(samples);
    }
    Histogram h = new Histogram(3);
    int s = 0;
    for (int n = 1; n <= sorted.size(); n++) {
      while (s < copy.size() && copy.get(s)[column] - base < n) {
        s++;
      }
      if (s == copy.size()) {
        missing[0] += sorted.size() - n + 1;
        break;
      }
      h.recordValue(Math.max(0, copy.get(s)[0] - sorted.get(n - 1)));
    }
    return h;
  }

  static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
