package org.crewtraining.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crewtraining.support.security.CrewRole;
import org.springframework.context.ApplicationContext;

/**
 * Every endpoint × anonymous and every local user → allowed, 401 or 403. The expected table is
 * written by the test, independently of the security configuration; the endpoints are read from the
 * running service, so one added without a row fails. "Allowed" means security let the request
 * through: any answer but 401/403 (a 400 for an empty body or a 404 for a made-up id is fine).
 */
public final class AccessMatrix {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ANONYMOUS = "anonymous";

  private final String service;

  /** endpoint → roles allowed; null = public. */
  private final Map<String, Set<CrewRole>> expected = new TreeMap<>();

  private final Map<String, String> samplePaths = new LinkedHashMap<>();

  /** endpoint → users refused (403) although a role of theirs is allowed: bound to partners. */
  private final Map<String, Set<TestUser>> refused = new TreeMap<>();

  private AccessMatrix(String service) {
    this.service = service;
  }

  public static AccessMatrix of(String service) {
    return new AccessMatrix(service);
  }

  /**
   * The rows every service has (ADR 0005): API docs for any role, Boot's error page and WebJars for
   * nobody. A service may override a row by allowing it again. Actuator is not on the application
   * port (its management port is gated by network, {@code ManagementPortTest}s).
   */
  public AccessMatrix sharedEndpoints() {
    return anyRole("GET /v3/api-docs")
        .anyRole("GET /v3/api-docs.yaml")
        .anyRole("GET /v3/api-docs/swagger-config")
        .anyRole("GET /swagger-ui.html")
        .anyRole("GET /swagger-ui/**")
        .anyRole("GET /swagger-ui/*swagger-initializer.js")
        .nobody("ANY /error")
        .nobody("GET /webjars/**")
        // springdoc's alternative paths to Swagger UI's WebJar (unused: the UI is /swagger-ui/)
        .nobody("GET /webjars/*swagger-ui/**")
        .nobody("GET /webjars/*swagger-ui/*swagger-initializer.js")
        .nobody("GET /webjars/*swagger-ui/5.32.2/*swagger-initializer.js")
        .sample("/swagger-ui/**", "/swagger-ui/index.html")
        .sample("/swagger-ui/*swagger-initializer.js", "/swagger-ui/swagger-initializer.js");
  }

  /** {@code endpoint} is {@code "METHOD /pattern"}, as the service maps it. */
  public AccessMatrix allow(String endpoint, CrewRole... roles) {
    expected.put(
        endpoint,
        roles.length == 0 ? EnumSet.noneOf(CrewRole.class) : EnumSet.copyOf(Arrays.asList(roles)));
    return this;
  }

  public AccessMatrix anyRole(String endpoint) {
    return allow(endpoint, CrewRole.values());
  }

  /** Nobody: reachable only through the error dispatch of another request. */
  public AccessMatrix nobody(String endpoint) {
    return allow(endpoint);
  }

  /**
   * These users get 403 although a role of theirs is allowed (accounts bound to a partner, for what
   * spans every partner).
   */
  public AccessMatrix refuse(String endpoint, TestUser... users) {
    refused.put(endpoint, Set.of(users));
    return this;
  }

  public AccessMatrix open(String endpoint) {
    expected.put(endpoint, null);
    return this;
  }

  /** The concrete path to call for a pattern whose default sample would not mean much. */
  public AccessMatrix sample(String pattern, String path) {
    samplePaths.put(pattern, path);
    return this;
  }

  public void verify(ApplicationContext context, int port) {
    assertThat(ExposedEndpoints.of(context))
        .as("endpoints %s exposes vs rows of the expected table", service)
        .containsExactlyElementsOf(expected.keySet());
    List<String> callers = new ArrayList<>(List.of(ANONYMOUS));
    Arrays.stream(TestUser.values()).forEach(u -> callers.add(u.username()));
    List<String> mismatches = new ArrayList<>();
    int width = expected.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder table = header(callers, width);
    for (Map.Entry<String, Set<CrewRole>> row : expected.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row.getKey()));
      for (String caller : callers) {
        TestUser user = caller.equals(ANONYMOUS) ? null : TestUser.named(caller);
        Outcome want =
            user != null && refused.getOrDefault(row.getKey(), Set.of()).contains(user)
                ? Outcome.FORBIDDEN
                : expectedOutcome(row.getValue(), user);
        Answer got = call(port, row.getKey(), user);
        boolean ok = want.accepts(got);
        if (!ok) {
          mismatches.add(row.getKey() + " as " + caller + ": expected " + want + ", got " + got);
        }
        line.append(String.format(" | %-13s", got.status + (ok ? "" : " ✗" + want.label)));
      }
      table.append(line).append('\n');
    }
    System.out.println(table);
    assertThat(mismatches).as("access matrix of " + service).isEmpty();
  }

  private StringBuilder header(List<String> callers, int width) {
    StringBuilder table =
        new StringBuilder("\nAccess matrix of " + service + " (status; ✗ = not as expected)\n");
    StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "endpoint"));
    callers.forEach(c -> head.append(String.format(" | %-13s", c)));
    table.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    return table;
  }

  private static Outcome expectedOutcome(Set<CrewRole> allowed, TestUser user) {
    if (allowed == null) {
      return Outcome.ALLOWED;
    }
    if (user == null) {
      return Outcome.UNAUTHENTICATED;
    }
    return user.roles().stream().anyMatch(allowed::contains) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
  }

  private Answer call(int port, String endpoint, TestUser user) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
    boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + samplePath(pattern)))
            .timeout(Duration.ofSeconds(30))
            .method(
                method.equals("ANY") ? "GET" : method,
                withBody
                    ? HttpRequest.BodyPublishers.ofString("{}")
                    : HttpRequest.BodyPublishers.noBody());
    if (withBody || method.equals("DELETE")) {
      // Every state-changing request says JSON, also without a body (ADR 0005).
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", user.authorization());
    }
    try {
      // A stream (SSE) never ends: read the status and headers, then hang up.
      HttpResponse<InputStream> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      try (InputStream body = response.body()) {
        if (!contentType.startsWith("text/event-stream")) {
          body.readAllBytes();
        }
      }
      return new Answer(response.statusCode(), contentType);
    } catch (IOException e) {
      throw new IllegalStateException(endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String samplePath(String pattern) {
    String path = samplePaths.get(pattern);
    if (path != null) {
      return path;
    }
    return pattern
        .replaceAll("\\{\\*[^}]+}", "sample")
        .replaceAll("\\{[^}]+}", "sample-id")
        .replace("**", "sample");
  }

  private record Answer(int status, String contentType) {
    @Override
    public String toString() {
      return status + " " + contentType;
    }
  }

  private enum Outcome {
    ALLOWED("ok"),
    UNAUTHENTICATED("401"),
    FORBIDDEN("403");

    final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** Refusals must be the problem+json of the API; an allowed request is anything else. */
    boolean accepts(Answer answer) {
      boolean problem = answer.contentType().startsWith("application/problem+json");
      return switch (this) {
        case ALLOWED -> answer.status() != 401 && answer.status() != 403;
        case UNAUTHENTICATED -> answer.status() == 401 && problem;
        case FORBIDDEN -> answer.status() == 403 && problem;
      };
    }
  }
}
