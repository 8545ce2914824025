package org.crewtraining.contracts;

import java.util.Map;

/**
 * Where the schema registry is and whether this process may register schemas in it.
 *
 * @param url the registry's Confluent-compatible API, e.g. {@value #DEFAULT_URL}: what any
 *     Confluent client is given, and the base of the {@code ce_dataschema} header
 * @param autoRegister register every published version at first use when missing (local runs and
 *     tests); false in deployment, where a missing schema is an error naming its subject
 * @param group the Apicurio artifact group the subjects live in: {@value #DEFAULT_GROUP}, the only
 *     one a Confluent client sees. Another group is an isolated, initially empty set of subjects on
 *     the same registry (content ids are shared across groups), for tests that need subjects
 *     missing or their own registration without disturbing anyone using the registry.
 */
public record RegistrySettings(String url, boolean autoRegister, String group) {

  public static final String DEFAULT_URL = "http://127.0.0.1:8085/apis/ccompat/v7";

  /** The group Apicurio's Confluent-compatible API serves. */
  public static final String DEFAULT_GROUP = "default";

  /** Kafka serde config key (and JVM system property) of the registry URL. */
  public static final String URL_CONFIG = "crew.registry.url";

  /** Kafka serde config key (and JVM system property) of the auto-register switch. */
  public static final String AUTO_REGISTER_CONFIG = "crew.registry.auto-register";

  /** Kafka serde config key (and JVM system property) of the artifact group. */
  public static final String GROUP_CONFIG = "crew.registry.group";

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
    group = group == null || group.isBlank() ? DEFAULT_GROUP : group;
  }

  /** In the {@value #DEFAULT_GROUP} group. */
  public RegistrySettings(String url, boolean autoRegister) {
    this(url, autoRegister, DEFAULT_GROUP);
  }

  /**
   * From the JVM system properties, else the environment ({@code CREW_REGISTRY_URL}, {@code
   * CREW_REGISTRY_AUTO_REGISTER}, {@code CREW_REGISTRY_GROUP}), else the local registry of {@code
   * bin/schema-registry} with auto-registration in the default group.
   */
  public static RegistrySettings fromEnvironment() {
    String url = firstOf(System.getProperty(URL_CONFIG), System.getenv("CREW_REGISTRY_URL"));
    String auto =
        firstOf(
            System.getProperty(AUTO_REGISTER_CONFIG), System.getenv("CREW_REGISTRY_AUTO_REGISTER"));
    String group = firstOf(System.getProperty(GROUP_CONFIG), System.getenv("CREW_REGISTRY_GROUP"));
    return new RegistrySettings(
        url == null ? DEFAULT_URL : url, auto == null || Boolean.parseBoolean(auto), group);
  }

  /** From Kafka serde configs, falling back to {@link #fromEnvironment()} for what is not set. */
  public static RegistrySettings fromConfigs(Map<String, ?> configs) {
    RegistrySettings fallback = fromEnvironment();
    Object url = configs.get(URL_CONFIG);
    Object auto = configs.get(AUTO_REGISTER_CONFIG);
    Object group = configs.get(GROUP_CONFIG);
    return new RegistrySettings(
        url == null ? fallback.url() : url.toString(),
        auto == null ? fallback.autoRegister() : Boolean.parseBoolean(auto.toString()),
        group == null ? fallback.group() : group.toString());
  }

  /** Kafka serde configs that carry these settings. */
  public Map<String, Object> configs() {
    return Map.of(URL_CONFIG, url, AUTO_REGISTER_CONFIG, autoRegister, GROUP_CONFIG, group);
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
