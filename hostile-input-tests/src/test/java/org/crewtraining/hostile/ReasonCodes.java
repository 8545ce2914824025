package org.crewtraining.hostile;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reason codes an endpoint takes, read from the service's own OpenAPI document (the {@code
 * reasonCode} property of its request body), so the campaign follows the contract as the services
 * publish it instead of a copy of the enum.
 */
final class ReasonCodes {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReasonCodes() {}

  /** The symbols of {@code reasonCode} in the body of {@code method path}; empty if none. */
  static List<String> of(Services services, String baseUrl, String method, String path) {
    Services.Response docs = services.send("GET", baseUrl + "/v3/api-docs", null, null);
    if (docs.status() != 200) {
      throw new IllegalStateException("No OpenAPI document at " + baseUrl + ": " + docs.status());
    }
    JsonNode root = JSON.readTree(docs.body());
    JsonNode body =
        root.path("paths")
            .path(path)
            .path(method.toLowerCase(java.util.Locale.ROOT))
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("schema");
    JsonNode code = resolve(root, resolve(root, body).path("properties").path("reasonCode"));
    List<String> symbols = new ArrayList<>();
    code.path("enum").forEach(symbol -> symbols.add(symbol.asString()));
    return symbols;
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 5 && current.has("$ref"); hops++) {
      String name = current.path("$ref").asString().replace("#/components/schemas/", "");
      current = root.path("components").path("schemas").path(name);
    }
    if (current.has("allOf") && current.path("allOf").size() == 1) {
      return resolve(root, current.path("allOf").get(0));
    }
    return current;
  }
}
