package org.crewtraining.support.kafka;

import org.crewtraining.contracts.RegistrySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The schema registry the services write and read ids with (ADR 0007). Also from the environment as
 * {@code CREW_REGISTRY_URL}.
 *
 * @param url its Confluent-compatible API; locally the registry of {@code bin/schema-registry}
 * @param autoRegister register the schema history at start-up when missing: on locally (a fresh
 *     registry just works, as {@code bin/schema-registry register} would); off in the {@code
 *     deployment} profile, where a missing schema stops start-up naming its subject
 * @param group the Apicurio artifact group of the subjects: {@code default}, the one Confluent
 *     clients see; another one isolates a test's subjects on a shared registry
 */
@ConfigurationProperties("crew.registry")
public record RegistryProperties(String url, Boolean autoRegister, String group) {

  public RegistryProperties {
    url = url == null || url.isBlank() ? RegistrySettings.DEFAULT_URL : url;
    autoRegister = autoRegister == null || autoRegister;
    group = group == null || group.isBlank() ? RegistrySettings.DEFAULT_GROUP : group;
  }

  public RegistrySettings settings() {
    return new RegistrySettings(url, autoRegister, group);
  }
}
