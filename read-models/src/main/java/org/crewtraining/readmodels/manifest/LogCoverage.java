package org.crewtraining.readmodels.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fold read, collected record by record: per partition the lowest and highest offset of a
 * folded record ({@link OffsetRange}, end exclusive) and the writer schemas with their counts. Both
 * the service (from its audit trail) and verify-report (from the broker) fill one, so their ranges
 * and schemas are defined once.
 */
public final class LogCoverage {

  private final Map<String, long[]> ranges = new TreeMap<>();
  private final Map<WriterSchemas.Key, Long> schemas = new java.util.HashMap<>();

  /** A record that was folded. */
  public void folded(String topic, int partition, long offset, WriterSchemas.Key schema) {
    long[] range =
        ranges.computeIfAbsent(
            topic + "\u0000" + String.format("%010d", partition), k -> new long[] {offset, offset});
    range[0] = Math.min(range[0], offset);
    range[1] = Math.max(range[1], offset);
    schemas.merge(schema, 1L, Long::sum);
  }

  /** The ranges, in (topic, partition) order. */
  public List<OffsetRange> offsets() {
    List<OffsetRange> offsets = new ArrayList<>();
    ranges.forEach(
        (key, range) -> {
          int split = key.indexOf('\u0000');
          offsets.add(
              new OffsetRange(
                  key.substring(0, split),
                  Integer.parseInt(key.substring(split + 1)),
                  range[0],
                  range[1] + 1));
        });
    return offsets;
  }

  /** The schemas with their counts, in (eventType, schemaId, fingerprint) order. */
  public List<WriterSchema> schemas() {
    return sorted(
        schemas.entrySet().stream()
            .map(
                e ->
                    new WriterSchema(
                        e.getKey().schemaId(),
                        e.getKey().eventType(),
                        e.getKey().fingerprint(),
                        e.getKey().crc64(),
                        e.getValue()))
            .toList());
  }

  /** Schemas in a manifest's order. */
  public static List<WriterSchema> sorted(List<WriterSchema> schemas) {
    return schemas.stream()
        .sorted(
            Comparator.comparing(WriterSchema::eventType)
                .thenComparing(
                    WriterSchema::schemaId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(WriterSchema::fingerprint))
        .toList();
  }
}
