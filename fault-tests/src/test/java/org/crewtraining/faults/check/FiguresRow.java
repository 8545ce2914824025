package org.crewtraining.faults.check;

/**
 * One scenario's figures.
 *
 * @param sent write requests sent, plus poison pills produced
 * @param acknowledged requests answered 2xx
 * @param inLog distinct events in the log for the scenario's programmes (the acknowledged changes,
 *     the promotions they caused, and changes committed whose answer was lost)
 * @param inReadModel events the read models applied while the scenario ran (for a replay: after it,
 *     in total)
 * @param inDlt poison pills found on a dead-letter topic with their original bytes
 * @param duplicates log records repeating an event id, acknowledged changes with more than one
 *     event, and read-model counts above the independent fold
 * @param lost acknowledged changes without their event, read-model counts below the fold, and pills
 *     missing from the DLTs
 */
public record FiguresRow(
    String scenario,
    long sent,
    long acknowledged,
    long inLog,
    long inReadModel,
    long inDlt,
    long duplicates,
    long lost,
    String notes) {

  static final String HEADER =
      "| scenario | sent | acknowledged | in log | in read model | in DLT | duplicates | lost | notes |\n"
          + "|---|---:|---:|---:|---:|---:|---:|---:|---|";

  String markdown() {
    return "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s |"
        .formatted(
            scenario, sent, acknowledged, inLog, inReadModel, inDlt, duplicates, lost, notes);
  }
}
