package org.crewtraining.audit.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.SelectionOverview;
import tools.jackson.databind.JsonNode;

/**
 * reporting-service's read models through its public JSON API, as an auditor; its consumer lag from
 * the health details on its management port.
 */
final class ReportingClient {

  private static final int PAGE = 500;

  private final String baseUrl;
  private final String managementUrl;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param managementUrl the management port's base URL (actuator), which answers only the networks
   *     reporting-service allows it to
   * @param authorization the Authorization header: the consumer lag comes from health details and
   *     the read models from the API, both of which need the AUDITOR role
   */
  ReportingClient(String baseUrl, String managementUrl, String authorization) {
    this.baseUrl = withoutSlash(baseUrl);
    this.managementUrl = withoutSlash(managementUrl);
    this.authorization = authorization;
  }

  private static String withoutSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Records the projection has yet to apply (consumer lag), from its health details. */
  long lag() {
    JsonNode health = getUrl(managementUrl, "/actuator/health", true);
    JsonNode total = health.path("components").path("projection").path("details");
    return total.path("consumerLag").path("total").asLong(0);
  }

  List<ProgramSummary> programs() {
    List<ProgramSummary> programs = new ArrayList<>();
    int pages = 1;
    for (int page = 0; page < pages; page++) {
      JsonNode body = get("/api/programs?size=" + PAGE + "&page=" + page, false);
      pages = body.path("totalPages").asInt(0);
      for (JsonNode item : body.path("items")) {
        programs.add(Json.MAPPER.treeToValue(item, ProgramSummary.class));
      }
    }
    return programs;
  }

  Figures overall() {
    return Json.MAPPER.treeToValue(get("/api/figures/overall", false), Figures.class);
  }

  AttendanceOverview attendance() {
    return Json.MAPPER.treeToValue(get("/api/attendance", false), AttendanceOverview.class);
  }

  SelectionOverview selection() {
    return Json.MAPPER.treeToValue(get("/api/selection", false), SelectionOverview.class);
  }

  List<RollupRow> rollup(Dimension dimension) {
    List<RollupRow> rows = new ArrayList<>();
    for (JsonNode item : get("/api/rollups/" + dimension + "?size=" + PAGE, false).path("items")) {
      rows.add(Json.MAPPER.treeToValue(item, RollupRow.class));
    }
    return rows;
  }

  /** GET as JSON; health answers 503 with a body when something is down, which still counts. */
  private JsonNode get(String path, boolean anyStatus) {
    return getUrl(baseUrl, path, anyStatus);
  }

  private JsonNode getUrl(String base, String path, boolean anyStatus) {
    String url = base + path;
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", authorization)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ReportingUnreachableException(base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportingUnreachableException(base, e);
    }
    if (base.equals(managementUrl) && response.statusCode() == 403) {
      throw new IllegalStateException(
          "reporting-service's management port refused GET "
              + url
              + " (403): it answers only the networks in its crew.management.allowed-networks;"
              + " run from one of them, or pass --reporting-management-url");
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IllegalStateException(
          "reporting-service refused GET "
              + url
              + " ("
              + response.statusCode()
              + "): give an auditor's --reporting-user and $CREW_REPORTING_PASSWORD,"
              + " or $CREW_REPORTING_TOKEN");
    }
    if (!anyStatus && response.statusCode() != 200) {
      throw new IllegalStateException(
          "reporting-service answered " + response.statusCode() + " to GET " + url);
    }
    return Json.MAPPER.readTree(response.body());
  }
}
