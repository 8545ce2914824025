package org.crewtraining.contracts;

import java.util.List;
import org.apache.avro.Schema;

/**
 * Registers every published version of every event ({@code schema-history}, oldest first) under its
 * subject ({@link EventType#subject()}) and makes each subject FULL_TRANSITIVE, so the registry
 * refuses at run time what {@link CompatibilityGate} refuses at build time. Idempotent: a version
 * already registered keeps its id. {@code bin/schema-registry register} runs {@link #main}.
 */
public final class SchemaRegistration {

  private SchemaRegistration() {}

  public static void registerHistory(SchemaRegistry registry, SchemaHistory history) {
    for (EventType type : EventType.values()) {
      List<Schema> versions = history.versionsOf(type);
      registry.register(type.subject(), versions.get(0));
      registry.requireFullTransitive(type.subject());
      for (Schema later : versions.subList(1, versions.size())) {
        registry.register(type.subject(), later);
      }
    }
  }

  /**
   * Registers the bundled history in the registry at {@code CREW_REGISTRY_URL} (or the local one),
   * in the group {@code CREW_REGISTRY_GROUP} (or the default one).
   */
  public static void main(String[] args) {
    RegistrySettings environment = RegistrySettings.fromEnvironment();
    RegistrySettings settings =
        new RegistrySettings(
            args.length > 0 ? args[0] : environment.url(), true, environment.group());
    SchemaRegistry registry = new SchemaRegistry(settings);
    SchemaHistory history = SchemaHistory.bundled();
    registerHistory(registry, history);
    for (EventType type : EventType.values()) {
      List<Schema> versions = history.versionsOf(type);
      StringBuilder ids = new StringBuilder();
      for (int v = 0; v < versions.size(); v++) {
        ids.append(v == 0 ? "" : ", ")
            .append('v')
            .append(v + 1)
            .append("=id ")
            .append(registry.lookup(type.subject(), versions.get(v)).orElseThrow());
      }
      System.out.println(type.subject() + "  " + ids);
    }
    System.out.println("Registered in " + settings.url() + ", group " + settings.group());
  }
}
