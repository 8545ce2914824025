package org.crewtraining.audit.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import picocli.CommandLine.Option;

/**
 * Where reporting-service is and who this tool is to it: a user with the AUDITOR role (HTTP Basic;
 * locally the default auditor) or, where the platform takes tokens, a bearer token.
 */
final class ReportingAccess {

  @Option(
      names = "--reporting-url",
      description = "reporting-service base URL (default: $CREW_REPORTING_URL or ${DEFAULT-VALUE})")
  String url = env("CREW_REPORTING_URL", "http://127.0.0.1:8083");

  @Option(
      names = "--reporting-management-url",
      description =
          "reporting-service's management port, for its consumer lag (default:"
              + " $CREW_REPORTING_MANAGEMENT_URL or ${DEFAULT-VALUE}); it answers only the networks"
              + " the service allows")
  String managementUrl = env("CREW_REPORTING_MANAGEMENT_URL", "http://127.0.0.1:8093");

  @Option(
      names = "--reporting-user",
      description =
          "User with the AUDITOR role (default: $CREW_REPORTING_USER or ${DEFAULT-VALUE})")
  String user = env("CREW_REPORTING_USER", "auditor");

  @Option(
      names = "--reporting-password",
      description =
          "Its password (default: $CREW_REPORTING_PASSWORD or the local default auditor's);"
              + " prefer the variable, options show up in process lists")
  String password = env("CREW_REPORTING_PASSWORD", "crew-auditor");

  @Option(
      names = "--reporting-token",
      description =
          "Bearer token to send instead of user and password (default: $CREW_REPORTING_TOKEN)")
  String token = System.getenv("CREW_REPORTING_TOKEN");

  ReportingClient client() {
    return new ReportingClient(url, managementUrl, authorization());
  }

  String authorization() {
    if (token != null && !token.isBlank()) {
      return "Bearer " + token;
    }
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
