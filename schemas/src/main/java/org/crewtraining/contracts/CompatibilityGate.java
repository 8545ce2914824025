package org.crewtraining.contracts;

import static org.apache.avro.SchemaCompatibility.checkReaderWriterCompatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * FULL_TRANSITIVE compatibility: every version can read data written by every other version of the
 * same event, in both directions, so producers and consumers may upgrade in any order.
 */
public final class CompatibilityGate {

  private CompatibilityGate() {}

  /** Human-readable violations, empty when the version list is FULL_TRANSITIVE compatible. */
  public static List<String> violations(String eventName, List<Schema> versionsOldestFirst) {
    List<String> problems = new ArrayList<>();
    for (int newer = 1; newer < versionsOldestFirst.size(); newer++) {
      for (int older = 0; older < newer; older++) {
        Schema newSchema = versionsOldestFirst.get(newer);
        Schema oldSchema = versionsOldestFirst.get(older);
        check(problems, eventName, newer + 1, older + 1, "read", newSchema, oldSchema);
        check(problems, eventName, older + 1, newer + 1, "read", oldSchema, newSchema);
      }
    }
    return problems;
  }

  private static void check(
      List<String> problems,
      String eventName,
      int readerVersion,
      int writerVersion,
      String verb,
      Schema reader,
      Schema writer) {
    SchemaPairCompatibility result = checkReaderWriterCompatibility(reader, writer);
    if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
      problems.add(
          eventName
              + " v"
              + readerVersion
              + " cannot "
              + verb
              + " v"
              + writerVersion
              + ": "
              + result.getResult().getIncompatibilities());
    }
  }
}
