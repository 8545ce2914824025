package org.crewtraining.demo.run;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Who the loader is to the services: it creates programmes (PROGRAM_ADMIN) and registers and enrols
 * people (REGISTRAR), so by default the local operator, who has every role. CREW_API_USER and
 * CREW_API_PASSWORD name another user; CREW_API_TOKEN sends a bearer token instead.
 */
record ApiCredentials(String user, String authorization) {

  static ApiCredentials fromEnvironment() {
    return from(System.getenv());
  }

  static ApiCredentials from(Map<String, String> env) {
    String token = env.get("CREW_API_TOKEN");
    if (token != null && !token.isBlank()) {
      return new ApiCredentials("(bearer token)", "Bearer " + token);
    }
    String user = value(env, "CREW_API_USER", "operator");
    String password = value(env, "CREW_API_PASSWORD", "crew-operator");
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiCredentials(user, "Basic " + basic);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
