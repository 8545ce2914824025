package org.crewtraining.contracts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Registry ids of the catalogue's schemas, cached for the life of the process (an id never changes
 * meaning). {@link #prepare()} resolves every published version once, registering it first when
 * auto-registration is on; afterwards writing and reading known versions never ask the registry, so
 * both keep working while it is away. Ids written by someone else (a newer version) are fetched
 * once on first sight. Thread-safe.
 */
public final class SchemaIds {

  /** What an id stands for: the writer schema of one catalogue event type. */
  public record Writer(int id, EventType type, Schema schema) {}

  private final SchemaRegistry registry;
  private final SchemaHistory history;
  private final Map<Integer, Writer> byId = new ConcurrentHashMap<>();
  private volatile Map<EventType, Integer> current;

  public SchemaIds(SchemaRegistry registry, SchemaHistory history) {
    this.registry = registry;
    this.history = history;
  }

  public RegistrySettings settings() {
    return registry.settings();
  }

  /**
   * Resolves the id of every published version of every event (registering the history in order
   * first if auto-registration is on), unless done already.
   *
   * @throws IllegalStateException naming the subject when a version is not registered
   * @throws SchemaRegistryUnavailableException when the registry cannot be asked
   */
  public void prepare() {
    if (current == null) {
      resolveAll();
    }
  }

  private synchronized void resolveAll() {
    if (current != null) {
      return;
    }
    if (registry.settings().autoRegister()) {
      SchemaRegistration.registerHistory(registry, history);
    }
    Map<EventType, Integer> ids = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      List<Schema> versions = history.versionsOf(type);
      for (int v = 0; v < versions.size(); v++) {
        Schema schema = versions.get(v);
        OptionalInt id = registry.lookup(type.subject(), schema);
        if (id.isEmpty()) {
          throw new IllegalStateException(
              "Schema registry "
                  + registry.settings().url()
                  + " has no version v"
                  + (v + 1)
                  + " of subject "
                  + type.subject()
                  + groupNote()
                  + ": register the schemas first (bin/schema-registry register)");
        }
        byId.put(id.getAsInt(), new Writer(id.getAsInt(), type, schema));
        ids.put(type, id.getAsInt());
      }
    }
    current = ids;
  }

  private String groupNote() {
    String group = registry.settings().group();
    return RegistrySettings.DEFAULT_GROUP.equals(group) ? "" : " (artifact group " + group + ")";
  }

  /** The id of the type's current schema, the one this build writes. */
  public int writerId(EventType type) {
    prepare();
    return current.get(type);
  }

  /**
   * What the id stands for: from the cache, else from the registry.
   *
   * @return empty when the registry does not know the id or it is no catalogue event's schema
   * @throws SchemaRegistryUnavailableException when the id is new and the registry cannot be asked
   */
  public Optional<Writer> writerOf(int id) {
    Writer known = byId.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    prepare();
    known = byId.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Writer> fetched = registry.schemaById(id).flatMap(text -> parse(id, text));
    fetched.ifPresent(writer -> byId.put(id, writer));
    return fetched;
  }

  private static Optional<Writer> parse(int id, String text) {
    try {
      Schema schema = new Schema.Parser().parse(text);
      return schema.getType() == Schema.Type.RECORD
          ? EventType.findByFullName(schema.getFullName()).map(t -> new Writer(id, t, schema))
          : Optional.empty();
    } catch (SchemaParseException e) {
      return Optional.empty();
    }
  }
}
