package org.crewtraining.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every published version of every event schema, read from {@code schema-history/<full
 * name>/v<N>.avsc} on the classpath. Each file is self-contained (named types inlined), so its
 * fingerprint is exactly the one written into single-object encoded bytes.
 */
public final class SchemaHistory {

  public static final String RESOURCE_ROOT = "schema-history/";

  private static final SchemaHistory BUNDLED = load();

  private final Map<EventType, List<Schema>> versions;

  private SchemaHistory(Map<EventType, List<Schema>> versions) {
    this.versions = versions;
  }

  /** The history shipped in this jar. */
  public static SchemaHistory bundled() {
    return BUNDLED;
  }

  /** Versions of one event, oldest first; the last one is the current schema. */
  public List<Schema> versionsOf(EventType type) {
    return versions.get(type);
  }

  public static String resourcePath(EventType type, int version) {
    return RESOURCE_ROOT + type.fullName() + "/v" + version + ".avsc";
  }

  private static SchemaHistory load() {
    Map<EventType, List<Schema>> all = new EnumMap<>(EventType.class);
    ClassLoader loader = SchemaHistory.class.getClassLoader();
    for (EventType type : EventType.values()) {
      List<Schema> list = new ArrayList<>();
      for (int version = 1; ; version++) {
        try (InputStream in = loader.getResourceAsStream(resourcePath(type, version))) {
          if (in == null) {
            break;
          }
          list.add(new Schema.Parser().parse(in));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resourcePath(type, version), e);
        }
      }
      if (list.isEmpty()) {
        throw new IllegalStateException("No published schema for " + type.fullName());
      }
      all.put(type, List.copyOf(list));
    }
    return new SchemaHistory(all);
  }
}
