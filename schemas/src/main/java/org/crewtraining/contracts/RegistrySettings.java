package org.crewtraining.contracts;

import java.util.Map;

/**
 * Where the schema registry is and whether this process may register schemas in it.
 *
 * @param url the registry's Confluent-compatible API, e.g. {@value #DEFAULT_URL}: what any
 *     Confluent client is given, and the base of the {@code ce_dataschema} header
 * @param autoRegister register every published version at first use when missing (local runs and
 *     tests); false in deployment, where a missing schema is an error naming its subject
 */
public record RegistrySettings(String url, boolean autoRegister) {

  public static final String DEFAULT_URL = "http://127.0.0.1:8085/apis/ccompat/v7";

  /** Kafka serde config key (and JVM system property) of the registry URL. */
  public static final String URL_CONFIG = "crew.registry.url";

  /** Kafka serde config key (and JVM system property) of the auto-register switch. */
  public static final String AUTO_REGISTER_CONFIG = "crew.registry.auto-register";

  private static final String CONFLUENT_API = "/apis/ccompat/v7";
  private static final String APICURIO_API = "/apis/registry/v3";

  public RegistrySettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("The schema registry URL is required");
    }
    url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    if (!url.endsWith(CONFLUENT_API)) {
      throw new IllegalArgumentException(
          "The schema registry URL must be its Confluent-compatible API (…"
              + CONFLUENT_API
              + "), not "
              + url);
    }
  }

  /**
   * From the JVM system properties, else the environment ({@code CREW_REGISTRY_URL}, {@code
   * CREW_REGISTRY_AUTO_REGISTER}), else the local registry of {@code bin/schema-registry} with
   * auto-registration.
   */
  public static RegistrySettings fromEnvironment() {
    String url = firstOf(System.getProperty(URL_CONFIG), System.getenv("CREW_REGISTRY_URL"));
    String auto =
        firstOf(
            System.getProperty(AUTO_REGISTER_CONFIG), System.getenv("CREW_REGISTRY_AUTO_REGISTER"));
    return new RegistrySettings(
        url == null ? DEFAULT_URL : url, auto == null || Boolean.parseBoolean(auto));
  }

  /** From Kafka serde configs, falling back to {@link #fromEnvironment()} for what is not set. */
  public static RegistrySettings fromConfigs(Map<String, ?> configs) {
    RegistrySettings fallback = fromEnvironment();
    Object url = configs.get(URL_CONFIG);
    Object auto = configs.get(AUTO_REGISTER_CONFIG);
    return new RegistrySettings(
        url == null ? fallback.url() : url.toString(),
        auto == null ? fallback.autoRegister() : Boolean.parseBoolean(auto.toString()));
  }

  /** Kafka serde configs that carry these settings. */
  public Map<String, Object> configs() {
    return Map.of(URL_CONFIG, url, AUTO_REGISTER_CONFIG, autoRegister);
  }

  /** Apicurio's own API on the same server, which its client library speaks. */
  public String apicurioApiUrl() {
    return url.substring(0, url.length() - CONFLUENT_API.length()) + APICURIO_API;
  }

  /** The registry URL of one schema, as a Confluent client fetches it. */
  public String schemaUrl(int id) {
    return url + "/schemas/ids/" + id;
  }

  private static String firstOf(String a, String b) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
  }
}
