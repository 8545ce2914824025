package org.crewtraining.readmodels.manifest;

/**
 * Records of one partition a report was folded from: offsets {@code fromOffset} (inclusive) to
 * {@code toOffset} (exclusive), Kafka's own convention (an end offset is the next record's). Of the
 * records in the range, those that count for the manifest's knowledge time are folded; transaction
 * markers and aborted records take offsets but are never read (read_committed).
 */
public record OffsetRange(String topic, int partition, long fromOffset, long toOffset) {

  public OffsetRange {
    if (fromOffset < 0 || toOffset < fromOffset) {
      throw new IllegalArgumentException(
          "Offset range " + topic + "-" + partition + " [" + fromOffset + ", " + toOffset + ")");
    }
  }

  public boolean contains(long offset) {
    return offset >= fromOffset && offset < toOffset;
  }

  @Override
  public String toString() {
    return topic + "-" + partition + " [" + fromOffset + ", " + toOffset + ")";
  }
}
