package org.crewtraining.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Publishes a new schema version: for every event whose generated class differs from its newest
 * file in {@code src/main/resources/schema-history}, writes the next {@code vN.avsc}
 * (self-contained). Run after changing a schema in {@code src/main/avro}; the compatibility gate
 * test then decides whether the change may ship. See docs/adr/0001. Run it with {@code
 * bin/publish-schema}.
 */
public final class SchemaHistoryPublisher {

  private SchemaHistoryPublisher() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "src/main/resources/schema-history");
    for (EventType type : EventType.values()) {
      Path dir = root.resolve(type.fullName());
      Files.createDirectories(dir);
      int latest = 0;
      while (Files.exists(dir.resolve("v" + (latest + 1) + ".avsc"))) {
        latest++;
      }
      Schema current = type.currentSchema();
      if (latest > 0) {
        Schema published = new Schema.Parser().parse(dir.resolve("v" + latest + ".avsc").toFile());
        if (SchemaNormalization.toParsingForm(published)
                .equals(SchemaNormalization.toParsingForm(current))
            && published.equals(current)) {
          continue;
        }
      }
      Path file = dir.resolve("v" + (latest + 1) + ".avsc");
      Files.writeString(file, current.toString(true) + "\n");
      System.out.println("published " + file);
    }
  }
}
